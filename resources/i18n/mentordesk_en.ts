<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Countersigned — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For countersigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} for countersigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import countersigned record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between cells; type or press F2 to change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on or after the session ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreedActionsTable</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between cells; type or press F2 to change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>This is the demo vault: a fictional mentor&apos;s year. Its passphrase is &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MentorDesk app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups removed: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0:%H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Back up the vault to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age-encrypted backups (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup of {0}&apos;s vault was made on {1}. It holds {2} mentees, {3} sessions, {4} contracts and {5} progress reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code of the vault that was backed up (6 groups of 5 letters and digits), or its backup identity (AGE-SECRET-KEY-1…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age-encrypted backups (*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new folder inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be restored into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was restored into {0}. It opens with the passphrase it had when it was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;automatically when I lock or quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most once a day, into the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1… (optional; one public key a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also encrypt &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are files named “MentorDesk &lt;vault&gt; &lt;date&gt;.age”: only those beyond the numbers kept are removed, never other files. Each extra recipient (for example your employer&apos;s IT) can open every backup with their own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder for automatic backups, or untick “Back up automatically when I lock or quit”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source> — File › Back up now ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No backup for {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: yesterday {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {0} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File › Back up now ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarriersPage</name>
    <message>
        <source>What may get in the way of learning, and the support and adjustments agreed. Leave the table empty if there are none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier {0}: kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <source>How you will work together. The wording is a starting point: agree it together. Consent to share records with each stakeholder is set on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet every (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meet every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0:%A %d %B %Y}: %n session(s)</source>
        <translation>
            <numerusform>{0:%A %d %B %Y}: %n session</numerusform>
            <numerusform>{0:%A %d %B %Y}: %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Month view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the key file changes; your records stay as they are. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Coming soon.&lt;/b&gt; This module is not built yet; nothing here is saved.&lt;/p&gt;&lt;p&gt;{0}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Changes between the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractWizard</name>
    <message>
        <source>Mentoring contract — MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign and agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed and in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved (the page says why). Close anyway? What was typed since the last save would be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is kept. Continue it from Contracts whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How and when to make c&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expectations and boundaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor &amp;will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mentor will no&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit of confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records (what, where, who sees):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Draft — at “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Contracts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For co&amp;untersigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed PDF the mentee and the employer sign with their own digital ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: {0}, version {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: version {1} → {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print contract to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft contract for {0}? Signed versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountForMeDialog</name>
    <message>
        <source>Count for my portfolio too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” stays in the mentee&apos;s portfolio. Tick the KSBs of your own standard it also evidences for you: it is added to your portfolio as your own session record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one KSB of your standard to count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>Show ga&amp;ps only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the KSBs not yet met, with what each still needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of evidence re&amp;quired per KSB:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of evidence required per KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pieces of evidence each KSB of this standard needs (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the standard&apos;s KSBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s): KSBs not yet met, of {0}.</source>
        <translation>
            <numerusform>%n gap: KSBs not yet met, of {0}.</numerusform>
            <numerusform>%n gaps: KSBs not yet met, of {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} KSBs. Double-click one, or press Enter, to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This standard&apos;s file maps no KSB to a duty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdEditor</name>
    <message>
        <source>Edit CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New CPD activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Safeguarding refresher (level 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on a later day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participatory: done with other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With others: a course, a conference, supervision, peer observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who ran it, if anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact on my practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs this evidences (your standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter KSBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs this evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS&amp;Bs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept encrypted inside the vault, up to {0} a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n KSB(s) ticked</source>
        <translation>
            <numerusform>%n KSB ticked</numerusform>
            <numerusform>%n KSBs ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} ({1}, added: saved with the activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet: add a certificate, notes or slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpdPage</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;CPD&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed CPD record over a period, for your portfolio or revalidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours over the three years ending today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by activity, kind, KSB… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter CPD activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a CPD activity (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the activity (Delete); Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This year ({0}): {1:g} hours, {2:g} of them participatory, over %n record(s).</source>
        <translation>
            <numerusform>This year ({0}): {1:g} hours, {2:g} of them participatory, over %n record.</numerusform>
            <numerusform>This year ({0}): {1:g} hours, {2:g} of them participatory, over %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:g} hours of the {1:g} asked for: {2:g} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0:g} hours of the {1:g} asked for: target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} participatory hours of the {1:g} asked for: {2:g} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0:g} participatory hours of the {1:g} asked for: target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three years ending today ({0} to {1}): {2}; {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add supervision and reading hours ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supervision record(s) or reading entries not yet in the log.</source>
        <translation>
            <numerusform>%n supervision record or reading entries not yet in the log.</numerusform>
            <numerusform>%n supervision records or reading entries not yet in the log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add each as a CPD activity: supervision as participatory hours, reading as reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: every supervision record with a length, and all reading marked read with hours, is in the log already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shown of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” deleted, with its evidence files. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add supervision and reading hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added from supervision and reading. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n record added from supervision and reading. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n records added from supervision and reading. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the CPD record to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the CPD record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ overdue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the mentee&apos;s KSB tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees needing attention ({0}; {1} behind plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today, {0}&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming sessions — next 14 days ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reviews due or overdue ({0}, {1} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions ({0}{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reviews due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerExport</name>
    <message>
        <source>Save the export as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age-encrypted files (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0} ({1} files, {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them the passphrase by phone or in person; never send it with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no mentees to export yet: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployerExportDialog</name>
    <message>
        <source>&amp;Contracts (signed PDFs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;reviews (signed PDFs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KSB evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upervision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe&amp;guarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for an employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentees (Space ticks or unticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (leave unticked for all dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include pri&amp;vate session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes by stage, your plan and reasons for cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive: never shared unless you tick them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside HR, for the apprenticeship review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is one encrypted file. They open it with the free age tool (Windows, macOS, Linux) and any unzip program; a README inside lists every file with its SHA-256. The export is noted under Reports › Exports made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share sensitive records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” may hold what was said to you in confidence and personal details of your mentee or yourself. Share them only with someone entitled to see them, and with your mentee&apos;s knowledge. Include them in this export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This export will include: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one mentee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer export {0}.age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting for an employer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This erases, for good, everything MentorDesk holds about {0}.&lt;/b&gt; It cannot be undone. Export what they are entitled to first (Data protection › Everything held about them…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, unlinked: your own reflections linked to them (check them for their name): {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log keeps a tombstone: that mentee {0} was erased, and how many records of each kind went, without any of their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type their full name, {0}, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>your own portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}, added: saved with the evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet: add a photo, a scan, notes or a recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Witness statement from the ward manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, for example: Sam Lee, team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned off by me on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Observed or witnessed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it shows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mentee&apos;s standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs this evidences ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard is chosen for this portfolio yet: choose one on the mentee&apos;s details (or, for your own, in your profile) to map KSBs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept encrypted inside the vault, up to {0} a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more files to keep as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the file outside the vault, where you choose (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>&lt;b&gt;My KSB evidence&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final reflections and CPD entries tagged with each KSB of your standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My KSB evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting your KSB evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CPD record(s)</source>
        <translation>
            <numerusform>%n CPD record</numerusform>
            <numerusform>%n CPD records</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} KSBs of your standard have evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own standard in your profile to see your evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the evidence for every KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, kind, observer, KSB… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a piece of evidence (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evidence to see or change it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the evidence and its files (Delete); Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the evidence&apos;s judgements with today&apos;s date (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count for &amp;my portfolio too…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One session, two portfolios: count this session for your own KSBs too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing evidence for {0} — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is listed from your {1}: open it on the {1} page to change its KSBs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shown of {1}. KSBs: ✔ met, ◐ working towards, no mark: not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{0}” deleted, with %n file(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>“{0}” deleted, with %n file. Undo with Ctrl+Z.</numerusform>
            <numerusform>“{0}” deleted, with %n files. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign off “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” signed off on {1}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age key {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports have been made from this vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) inside</source>
        <translation>
            <numerusform>%n file inside</numerusform>
            <numerusform>%n files inside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Gateway facts: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English needed before gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;hieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maths needed before gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achie&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer confirmed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and role, e.g. line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assembled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio assembled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English achieved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths achieved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer confirmed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio assembled on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Check before marking final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection is kept in your portfolio and may be read by others. These words could identify someone: change them (Show), or accept each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show finding {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept finding {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select these words in their field, to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these words as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) left to change or accept.</source>
        <translation>
            <numerusform>%n finding left to change or accept.</numerusform>
            <numerusform>%n findings left to change or accept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every one accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to MentorDesk&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk keeps your mentoring records — contracts, sessions, reviews, reflections and KSB evidence — in an encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your own encrypted vault with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explore a demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault filled with a fictional mentor&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a vault from a MentorDesk backup (.age) with its recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStepsPanel</name>
    <message>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first mentee: their name, programme and employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a mentoring contract with them: goals, boundaries, signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan your first session in the planner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to MentorDesk? Help › User guide (F1) has a page for each part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayTab</name>
    <message>
        <source>✔ Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway f&amp;acts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and maths, the employer&apos;s confirmation, the portfolio assembled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway pac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted file for the end-point assessment organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway readiness checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation log (live and recorded sessions, with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd observation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the observation; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {0}, from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Ready for gateway: all {0} checks met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not ready for gateway: {0} of {1} checks not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway facts of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway facts saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation added. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} is not ready for the gateway yet: %n check(s) not met ({1}). Make the pack anyway?</source>
        <translation>
            <numerusform>{0} is not ready for the gateway yet: %n check not met ({1}). Make the pack anyway?</numerusform>
            <numerusform>{0} is not ready for the gateway yet: %n checks not met ({1}). Make the pack anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the gateway pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age-encrypted file (*.age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the gateway pack of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>SMART goals, each linked to KSBs. Describe the five attainment levels to score progress later (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs this goal develops (Space ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific (&amp;what):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable b&amp;ecause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relevant to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KSBs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment level {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>MentorDesk met an unexpected error ({0}). Nothing saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crash report without your records was written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <source>Export planned sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event says only “Mentoring — T. Nowak”, when and where: nothing of what a session is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include each session&apos;s title and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Calendars are often shared or synced (a team&apos;s Outlook, a phone): anyone who can see yours would read what each session is about. Tick this only for a calendar nobody else sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to save the calendar file (Save to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is there already. Replace it with this calendar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned session(s) written to the calendar.</source>
        <translation>
            <numerusform>%n planned session written to the calendar.</numerusform>
            <numerusform>%n planned sessions written to the calendar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementDelegate</name>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KsbMarks</name>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, words or duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter KSBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs this evidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a KSB. W: working towards; M: met; N: not judged yet. F2 changes the judgement or the comment of the current cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS&amp;Bs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n KSB(s) ticked</source>
        <translation>
            <numerusform>%n KSB ticked</numerusform>
            <numerusform>%n KSBs ticked</numerusform>
        </translation>
    </message>
    <message>
        <source>, {0} judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Space ticks; W working towards, M met)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KsbPage</name>
    <message>
        <source>No start or planned end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} months on programme, {2}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;KSB tracker&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print portfol&amp;io…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KSB portfolio as a PDF: every KSB with its evidence (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progre&amp;ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate&amp;way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: no standard chosen. Choose one in Mentees (or, for your own portfolio, in Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} KSBs evidenced, {2}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} KSBs met, {2}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own portfolio: evidence, final reflections and CPD tagged with a KSB of your standard count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces of evidence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require {0} pieces of evidence per KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each KSB now needs {0} pieces of evidence. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the KSB portfolio to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the KSB portfolio of {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Key: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Link: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of &amp;all mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to choose from</source>
        <translation>
            <numerusform>%n record to choose from</numerusform>
            <numerusform>%n records to choose from</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>A&amp;bout a mentee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records (the text itself never needs a name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lin&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove li&amp;nk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace reco&amp;very code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veri&amp;fy a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import countersigned record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;employer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xports made…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check a &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {0}, with a preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To print, choose a signed contract; a progress review prints from its own window (Ctrl+P there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vault: {0} — locks after %n minute(s) idle (Ctrl+L to lock now)</source>
        <translation>
            <numerusform>Vault: {0} — locks after %n minute idle (Ctrl+L to lock now)</numerusform>
            <numerusform>Vault: {0} — locks after %n minutes idle (Ctrl+L to lock now)</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code replaced. Keep the old one for backups made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {0}; open it with mentordesk --vault &quot;{0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk {0}&lt;/h3&gt;&lt;p&gt;An offline, encrypted workbook for workplace learning and skills mentors (ST1379, ST0148).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log safeguarding concerns with their chronology, and referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print signed PDF records, and send employers encrypted backups and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not built yet: see what it will do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksModel</name>
    <message>
        <source>KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <source>Edit mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider and employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppo&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits, from the training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ULN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme stan&amp;dard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme s&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lanned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-jo&amp;b target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ine manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with their other stakeholders, so a new contract names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pr&amp;ovider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: this field is never part of an employer export. (Support agreed in a contract or review is part of that signed record.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learnin&amp;g support needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior lear&amp;ning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours it removes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0:g} hours removed is more than the target of {1:g} hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} hours (the target of {1:g} less {2:g} for prior learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} hours (the whole target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not an email address (for example tom.nowak@example.nhs.uk).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteePage</name>
    <message>
        <source>Who the contract is with, and the programme they follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the new mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentee&apos;s &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme s&amp;tandard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off-the-job hours target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenteesPage</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mentees&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, standard, employer… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentee (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK GDPR: everything held about the selected mentee, or its erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected mentee&apos;s contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shown of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mentee to see their contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No signed contract yet.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract version {0}&lt;/b&gt;, in force since {1:%d %B %Y}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other versions: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;{0} — by {1:%d %b %Y}&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise &amp;contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revise contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mentee listed has a contract in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} added; the filter was cleared to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0}? Their records are kept, and you can restore them or undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} restored. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} archived: shown under “Archived”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was erased; the audit log keeps a tombstone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their old pages stay in the vault&apos;s (encrypted) log until it is next closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Too short&lt;/b&gt; Use at least %n character(s).</source>
        <translation>
            <numerusform>&lt;b&gt;Too short&lt;/b&gt; Use at least %n character.</numerusform>
            <numerusform>&lt;b&gt;Too short&lt;/b&gt; Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>New observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was observed, e.g. a review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;corded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gave consent, e.g. the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenActionsBox</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks an action as done; type its outcome in the last column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (due {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;ticked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the open actions that are done (Space), then close them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) closed.</source>
        <translation>
            <numerusform>%n action closed.</numerusform>
            <numerusform>%n actions closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>“{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crash report without your records was written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MentorDesk may not write there{0}. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be used{0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({0}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>{0} is known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Gateway pack: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio PDF, the evidence files by KSB and a signed index, in one encrypted file for the end-point assessment organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the EPAO&apos;s gateway team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste their age public key, or choose a passphrase, to protect the pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It unlocks your vault. Several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (unlock without typing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not available here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Print the CPD record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record lists every activity that started in these days, with the hours per year and over the three years ending on the last day. It is signed with your signing certificate and numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts on {0}, after its end on {1}; choose an end on or after the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Clashes with {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; the mentee&apos;s name is shown otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals to work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;arts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session mo&amp;del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KSBs to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerActions</name>
    <message>
        <source>No mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mentee first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan series</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) planned.</source>
        <translation>
            <numerusform>%n session planned.</numerusform>
            <numerusform>%n sessions planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the session cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session cancelled. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentee (Show:) or a session of theirs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new review, or the draft in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: signed and final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing calendar invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) imported</source>
        <translation>
            <numerusform>%n session imported</numerusform>
            <numerusform>%n sessions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) moved to a new time</source>
        <translation>
            <numerusform>%n session moved to a new time</numerusform>
            <numerusform>%n sessions moved to a new time</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new sessions found in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>&lt;h2&gt;Planner&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;{1:%a %d %b %Y, %H:%M}–{2:%H:%M}&lt;br&gt;{3} · {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding rules ask for a review at least every 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress re&amp;view every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudo (test layouts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time MentorDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate your records are signed with: its fingerprint, export, a new one, or a digital ID from your employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed records:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The pages of {0} could not be read for printing ({1}). Use Print to PDF… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1} could not be drawn ({2}). Use Print to PDF… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0} has %n page(s): choose pages in that range, then print again.</source>
        <translation>
            <numerusform>{0} has %n page: choose pages in that range, then print again.</numerusform>
            <numerusform>{0} has %n pages: choose pages in that range, then print again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing page {0} of {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled; no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing stopped: %n page(s) before Cancel were already sent to {0}.</source>
        <translation>
            <numerusform>Printing stopped: %n page before Cancel were already sent to {0}.</numerusform>
            <numerusform>Printing stopped: %n pages before Cancel were already sent to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} could not be written. Choose another folder, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {0} did not start. Check it is on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer: Print can save these pages as a picture in a PDF file. To send the signed record itself, use Print to PDF… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed pages of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {0}.</source>
        <translation>
            <numerusform>Sent %n page to {0}.</numerusform>
            <numerusform>Sent %n pages to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appears on the records you print for mentees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Clinical practice mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Chart of KSBs met against programme time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same figures are in the table beside the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs met and programme time elapsed, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} of KSBs met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0} of programme time elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence and no programme dates yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <source>Who it is for, and how it is protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who it is for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt to their age public ke&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1… (paste the key they sent you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their age public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from f&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one, or press Suggest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} Tell it to them by phone; never send it with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} holds no age public key (a line starting age1…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 0 to 4 to rate; Delete: not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <source>Add a source of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title as the standard&apos;s reading list gives it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author, publisher or web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it changed my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it &amp;changed my practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingTab</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading list of your standard, by duty, and sources of your own: mark what you have read, and note how it changed your practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or source… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reading of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark re&amp;ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item read today (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark readi&amp;ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my &amp;own source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other items of the reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {0} of {1} sources on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of your own.</source>
        <translation>
            <numerusform>%n source of your own.</numerusform>
            <numerusform>%n sources of your own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours noted: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear your entry for this item: it reads “to read” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected source of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{0}” {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: {1}. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading log saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source added to your reading log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry for “{0}” was reset. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}; only you can read it. Print it and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your vault. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored my recovery code somewhere safe and private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Undo model change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo model change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of model to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words with no stage in {0} are kept under “From the earlier model”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once final, the reflection is locked and counts as evidence for its KSB tags; later changes are kept as amendments with their time and reason. Mark it final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection marked final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet: change the reflection, then save the amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this reflection being changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the amendment, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment kept, with its time and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amendment is not saved. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflection could not be saved: {0} Close it all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the earlier model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReflectionForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this reflection is about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo model change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;final…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amending: change what needs changing, then Save amendment and say why. The reflection as it was is kept in its amendment history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final since {0:%d %b %Y %H:%M}, and locked: changes are made with Amend…, and kept with their time and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:%d %b %Y %H:%M} — {1} (changed: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <source>Final ✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reflections&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reflections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, model, KSB, date… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new reflection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the reflection chosen (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the draft chosen (Del); Ctrl+Z brings it back. Final ones are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your final reflections over a period as signed reflective accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s): {0} final, {1} draft(s)</source>
        <translation>
            <numerusform>%n reflection: {0} final, {1} draft</numerusform>
            <numerusform>%n reflections: {0} final, {1} drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} shown of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reflective accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every final reflection about a day in this period, each as a reflective account with its KSBs and links, for your portfolio. Drafts are left out. It is signed with your signing certificate and numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print reflective accounts to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n final reflection(s) written. Before you share the file, read these: their words name someone the vault holds now.</source>
        <translation>
            <numerusform>%n final reflection written. Before you share the file, read these: their words name someone the vault holds now.</numerusform>
            <numerusform>%n final reflections written. Before you share the file, read these: their words name someone the vault holds now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the reflective accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceRecoveryCodeDialog</name>
    <message>
        <source>Replace recovery code — MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Replace your recovery code&lt;/h3&gt;&lt;p&gt;A new code is made and shown once; the old code no longer unlocks this vault.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Older backups:&lt;/b&gt; each backup opens with the recovery code the vault had when it was made. Backups made before now open with your &lt;b&gt;old&lt;/b&gt; code only: keep it (or its printed sheet) while you keep them. Back up now afterwards (Ctrl+Shift+B) to have one that opens with the new code.&lt;/p&gt;&lt;p&gt;&lt;b&gt;If the old code may be in someone else&apos;s hands:&lt;/b&gt; the vault&apos;s own key does not change, so the old code together with an older backup still opens that backup, and what it holds. Delete those backups once a new one is safe.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your new recovery code&lt;/h3&gt;&lt;p&gt;It is shown only now. Store it somewhere safe and private, apart from this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored my new recovery code somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to replace the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old code no longer opens this vault: store the new one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You unlocked with your recovery code. Choose a new passphrase now, so that you can unlock as usual next time. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeContract</name>
    <message>
        <source>Continue a contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract for {0} was left part-way: continue it now, or later from Contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Actions since the last review and their outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing and safeguarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of circumstance and support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of circumstance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for end-point assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART targets to the next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One target a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress review: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours p&amp;lanned to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours &amp;recorded (from sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures (on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and &amp;finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this review, with a preview first (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For co&amp;untersigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed PDF the mentee and the employer sign with their own digital ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG per KSB (from the evidence so far; change as agreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAG per KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between KSBs; F2 changes a RAG or a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and final (locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: saved as you go with Save (Ctrl+S); signing makes it final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review signed and final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review has changes that are not saved. Save the draft now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress review: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review first (Ctrl+S), then print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print review to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsDuePanel</name>
    <message>
        <source>&lt;b&gt;Reviews due (14 days) and overdue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None due in the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder the file was saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved to {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanGrid</name>
    <message>
        <source>KSB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentee rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mentor rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Plan a series of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session mo&amp;del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ropose dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan ticked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the contract&apos;s cadence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As agreed in the contract in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract in force: choose how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}; %n clash(es), left unticked</source>
        <translation>
            <numerusform>{0}; %n clash, left unticked</numerusform>
            <numerusform>{0}; %n clashes, left unticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionChip</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note, to complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session with {0}, {1:%a %d %b %Y}, {1:%H:%M}–{2:%H:%M}, {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRecordDialog</name>
    <message>
        <source>Session with {0}, {1:%a %d %b %Y %H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick note: record the essentials now, complete later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atten&amp;dance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mod&amp;el</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-&amp;job hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra&amp;vel avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioning, feedback and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questioning techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback &amp;given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSBs evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KSBs evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and mark &amp;final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect on this sess&amp;ion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final (locked): changes are kept as amendments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick note — complete it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflection on this session, without the mentee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflected on already: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can be reflected on once it has been held and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0:%d %b %Y %H:%M} — {1} (changed: {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet: change the record, then save the amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this record being changed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment kept, with its time and reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once final, the record is locked; later changes are kept as amendments with their time and reason. Mark it final?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up your MentorDesk vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please store the recovery code and tick the box first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <source>Read it through together. Then each of you signs on this device; tick Employer if the line manager signs too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mente&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;ployer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed signature: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type my name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: draw the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: type my name as the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: signature pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: clear the drawing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record you print or export is signed with this certificate, so that anyone can check who signed it and that nothing changed since. Send the certificate to employers who want to trust your records, and read them its fingerprint to confirm it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a digital ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate yet: one is made the first time you sign a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed (made by MentorDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (*.pem *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records you sign from now on will carry the new certificate; records already signed still verify here. Employers who trust the old one will need the new one. Make a new certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing certificate was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a digital ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are now signed with the digital ID from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesBox</name>
    <message>
        <source>{0}: notes by stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesPane</name>
    <message>
        <source>From the &amp;earlier model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words written under another model that have no stage in this one. They are kept here: move them into a stage, or leave them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the earlier model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderCard</name>
    <message>
        <source>Records may be shared with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: progress reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs or expectations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is shared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder {0}: records may be shared with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stakeholder {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholdersPage</name>
    <message>
        <source>The people around the mentee, how to reach them, what they need, and whether the mentee agrees that records may be shared with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingPointPage</name>
    <message>
        <source>A skills scan over the standard: each of you rates each KSB from 0 (not yet) to 4 (confident), or leaves it to rate later. Keys: 0–4 rate, Delete clears, Tab moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every unrated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mentee rating to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men&amp;tor rating to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prior learning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning support needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) still to give: rate now, or later (kept as “not rated”).</source>
        <translation>
            <numerusform>%n rating still to give: rate now, or later (kept as “not rated”).</numerusform>
            <numerusform>%n ratings still to give: rate now, or later (kept as “not rated”).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every KSB is rated by both of you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Everything held about {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A subject access export (UK GDPR article 15) holds everything MentorDesk keeps about {0}: their details, contracts, sessions with your notes, reviews, actions, evidence and attached files, your reflections on their sessions, and safeguarding records, as PDFs, CSV and JSON in one encrypted file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out &amp;safeguarding records (on your safeguarding lead&apos;s advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They may be withheld where disclosing them could cause serious harm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {0}, by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about {0} {1}.age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <source>Edit supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who supervised you, or the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The themes, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: kept in the vault, never shared or printed unless you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;discussed (private: never shared or printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted as text in an earlier version (kept as it is):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections that draw on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks a reflection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections yet: link them from here once written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This supervision has changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own supervision: who, when, the themes and the actions agreed. What was discussed stays private: it is never shared or printed unless you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by supervisor, kind or theme… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New supervision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected supervision (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ overdue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from supervision ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shown of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log supervision of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit supervision of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete supervision of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision of {0} with {1} deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action done: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsBox</name>
    <message>
        <source>Tag the KSBs of your own standard this reflection is evidence for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K12, reflect, values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own standard in your profile to tag its KSBs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KSB tagged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Redone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Earlier steps on the same record can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo “{0}”: {1}

Nothing was changed. The undo history has been cleared, so that Undo and Redo cannot act on a state that is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo “{0}”: {1}

Nothing was changed. The undo history has been cleared, so that Undo and Redo cannot act on a state that is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your vault is locked&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot it: use my &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries in a row. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries in a row. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries in a row. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt and the underlined letter presses a button or opens a menu; Tab moves between fields; Esc closes a dialog. Page shortcuts work while the page is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this page with your certificate (File › Preferences… › Signing certificate… › Export certificate…) to whoever checks your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this page as a one-page PDF; it holds none of your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save how to check a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to check a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesDialog</name>
    <message>
        <source>New version of your values statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new version dated today; earlier versions are kept. For each value, list the words that show it in your reflections and supervision notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement: what you value and believe, and how it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version is not saved yet. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesTab</name>
    <message>
        <source>Values statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of your values statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You have not written a values statement yet.&lt;/b&gt; Write what you value and believe, and the values you want to see in your practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your values statement&lt;/b&gt;, written {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;An earlier version&lt;/b&gt;, written {0} (not the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values in practice, {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your values in a statement to see how often each shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supervision(s)</source>
        <translation>
            <numerusform>%n supervision</numerusform>
            <numerusform>%n supervisions</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}, last {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never in the last 6 months: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value shows in the last 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of your values statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of your values statement saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesTable</name>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that show it, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move between cells; type or press F2 to change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a signed PDF record to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a certificate for this check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (*.pem *.cer *.crt *.der)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <source>Passphrase — MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RowsPage</name>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SavingDialog</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “{0}” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Count “{0}” for my portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“{0}” counts for your portfolio too, against %n KSB(s) of your standard. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>“{0}” counts for your portfolio too, against %n KSB of your standard. Undo with Ctrl+Z.</numerusform>
            <numerusform>“{0}” counts for your portfolio too, against %n KSBs of your standard. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Writing the demo&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the demo in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreeing and signing contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding progress reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentoring contracts (signed PDFs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reviews (signed PDFs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-the-job hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KSB evidence index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguarding concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing progress reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing calendar invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the vault aside before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the vault&apos;s schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break in learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated safeguarding lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote (video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caring responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or work sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentee and programme</source>
        <extracomment>Every enum that has words, and its words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barriers and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries and expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Aware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Much more than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothetical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socratic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zxcvbn</name>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
