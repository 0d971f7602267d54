"""The demo's six workplaces and the role a mentee has in each (see :mod:`.roles`)."""

from __future__ import annotations

from mentordesk.services.demo.roles import BarrierText, GoalText, Role
from mentordesk.vault.enums import BarrierKind

B = BarrierKind
ROLES: tuple[Role, ...] = (
    Role(
        key="hospital",
        employer="Riverside General Hospital",
        job_title="Senior healthcare assistant",
        domain="riverside-nhs.example.org",
        safeguarding_lead="Marion Cole",
        places=("Ward 7 seminar room", "Education centre, room 2", "Staff room, Ward 7"),
        starting_point="Eight years as a healthcare assistant; informally shows new starters "
        "the ropes, new to mentoring them in a planned way.",
        options="shadowing the ward's practice educator, the trust's e-learning on feedback, "
        "and practice with the next new starter",
        employer_comment="New healthcare assistants say they feel welcomed and know who to ask.",
        prior_learning="Care Certificate (2016); Level 3 Diploma in Healthcare Support.",
        goals=(
            GoalText(
                "Plan a first fortnight for new healthcare assistants on Ward 7",
                "A written two-week plan: who each new starter shadows, and what they learn when.",
                "Used with the next two new starters; the ward manager signs it off.",
            ),
            GoalText(
                "Give structured feedback after observing a new starter's observations round",
                "Observe a full set of observations and give feedback the same shift.",
                "Three observed rounds with written feedback kept in the mentoring log.",
            ),
            GoalText(
                "Support a new healthcare assistant through the Care Certificate",
                "Meet fortnightly to plan and check their Care Certificate evidence.",
                "The new starter completes all fifteen standards within twelve weeks.",
            ),
            GoalText(
                "Teach infection prevention at the daily safety huddle",
                "A five-minute teaching slot on hand hygiene and PPE once a week.",
                "Four huddle slots delivered; the infection control audit score holds or rises.",
            ),
            GoalText(
                "Keep a mentoring log that meets the ward's governance standard",
                "Record each mentoring conversation the same day, using the ward's template.",
                "The practice educator's audit of the log finds nothing missing.",
            ),
        ),
        barriers=(
            BarrierText(
                B.TIME,
                "Rotating 12-hour shifts: no regular slot.",
                "Booked per rota block, on day shifts.",
            ),
            BarrierText(
                B.WORKLOAD,
                "Short-staffed: mentoring dropped first.",
                "An hour a fortnight protected on the rota.",
            ),
            BarrierText(
                B.CONFIDENCE,
                "Unsure giving feedback to senior staff.",
                "Practise feedback in sessions first.",
            ),
        ),
        topics=(
            "welcoming new healthcare assistants to the ward",
            "feedback after an observed observations round",
            "handover with new starters",
            "teaching hand hygiene at the huddle",
            "Care Certificate evidence with a new starter",
            "finding mentoring time on busy shifts",
        ),
        attempts=(
            "asking the practice educator to sit in",
            "a first-day checklist",
            "feedback straight after the round",
            "a buddy rota with the nurse in charge",
        ),
        actions=(
            "draft the first-fortnight plan for new starters",
            "observe a new starter's observations round and give feedback",
            "book a meeting with the ward manager about protected time",
            "write a reflective account of a feedback conversation",
            "ask the practice educator for a witness statement",
        ),
    ),
    Role(
        key="engineering",
        employer="Castleford Precision Engineering",
        job_title="CNC machinist",
        domain="castleford-precision.example.org",
        safeguarding_lead="Gareth Lloyd",
        places=("Workshop office", "Training bay", "Canteen meeting room"),
        starting_point="Twelve years on CNC lathes and mills; asked to look after the "
        "first-year engineering apprentices, with no training in mentoring yet.",
        options="watching the training manager run an induction, the provider's short course "
        "on coaching, and practice with this year's apprentices",
        employer_comment="The first-year apprentices are setting up the lathes safely and "
        "asking better questions.",
        prior_learning="Level 3 Advanced Apprenticeship in Engineering Manufacture (2012).",
        goals=(
            GoalText(
                "Coach first-year apprentices to set up a CNC lathe safely",
                "Demonstrate, then watch each apprentice set up and prove out a job.",
                "Each first-year apprentice signed off on set-up by the training manager.",
            ),
            GoalText(
                "Help apprentices read technical drawings and tolerances",
                "A weekly half hour going through a drawing from the current job.",
                "Apprentices pass the provider's drawing interpretation test first time.",
            ),
            GoalText(
                "Review apprentices' skills logbooks every fortnight",
                "Check entries with each apprentice and agree what to practise next.",
                "Logbooks up to date at each progress review, with no gaps over a month.",
            ),
            GoalText(
                "Plan a workshop rotation for two new apprentices",
                "A twelve-week rotation through turning, milling, inspection and stores.",
                "The rotation agreed with the production manager and followed.",
            ),
            GoalText(
                "Give feedback that explains the why, not only the how",
                "Use a simple feedback model after each practical task.",
                "Apprentices' feedback survey rates explanations 4 out of 5 or better.",
            ),
        ),
        barriers=(
            BarrierText(
                B.WORKLOAD,
                "Month-end deadlines stop training.",
                "Sessions early in each month.",
            ),
            BarrierText(
                B.CONFIDENCE,
                "Less confident explaining the why.",
                "Rehearse explanations in sessions first.",
            ),
            BarrierText(
                B.DIGITAL_ACCESS,
                "No wifi in the workshop for online modules.",
                "An hour a week on the office computer.",
            ),
        ),
        topics=(
            "coaching lathe set-up",
            "explaining tolerances on a drawing",
            "reviewing an apprentice's logbook",
            "feedback after a practical task",
            "planning the workshop rotation",
            "safety briefings for new apprentices",
        ),
        attempts=(
            "showing the job first, then talking it through",
            "marking up a drawing together",
            "a checklist by each machine",
            "asking the apprentice to explain it back",
        ),
        actions=(
            "draft the twelve-week workshop rotation",
            "watch an apprentice prove out a job and give feedback",
            "go through a logbook with each apprentice",
            "write a reflective account of a coaching conversation",
            "ask the training manager for a witness statement",
        ),
    ),
    Role(
        key="care",
        employer="Northgate Community Care",
        job_title="Senior care worker",
        domain="northgate-care.example.org",
        safeguarding_lead="Joy Adebayo",
        places=("Northgate office, meeting room", "Community centre café"),
        starting_point="Six years in home care; shadows new carers on their first visits and "
        "wants to do it in a planned, reflective way.",
        options="joining the registered manager's induction day, the provider's module on "
        "reflective practice, and debriefs after shadow visits",
        employer_comment="New carers feel better prepared for lone visits after their "
        "shadow shifts.",
        prior_learning="Level 3 Award in Education and Training (2022), which covers planning "
        "learning and giving feedback.",
        goals=(
            GoalText(
                "Plan shadow shifts for new care workers on home visits",
                "A shadowing plan for each new carer's first five visits.",
                "Used with three new carers; each signs that they felt prepared.",
            ),
            GoalText(
                "Coach new carers to write clear daily care notes",
                "Review a new carer's notes after each visit in their first month.",
                "Their notes meet the care plan audit standard by week six.",
            ),
            GoalText(
                "Support new staff through their first medication rounds",
                "Observe and talk through each step of three medication rounds.",
                "Three observed rounds recorded with no errors before they work alone.",
            ),
            GoalText(
                "Hold a reflective debrief after difficult visits",
                "A ten-minute debrief on the same day, using a reflective model.",
                "Debriefs recorded for every difficult visit over three months.",
            ),
        ),
        barriers=(
            BarrierText(
                B.TIME,
                "Split shifts and travel: no fixed free hour.",
                "Sessions on Monday mornings, before rounds.",
            ),
            BarrierText(
                B.CARING,
                "Looks after a parent; evenings not free.",
                "Study time in paid hours on Monday mornings.",
            ),
            BarrierText(
                B.HEALTH,
                "Back injury: long spells standing are hard.",
                "Seated sessions, a break every half hour.",
            ),
        ),
        topics=(
            "planning shadow visits",
            "care notes a new carer can be proud of",
            "medication rounds with new staff",
            "debriefing after a difficult visit",
            "lone working for new carers",
        ),
        attempts=(
            "talking through the care plan before the visit",
            "a notes template with prompts",
            "a debrief in the car after the visit",
            "pairing new carers with the same mentor all week",
        ),
        actions=(
            "write a shadowing plan for the next new carer",
            "review a new carer's notes and give feedback",
            "observe a medication round and record it",
            "write a reflective account of a debrief",
            "ask the registered manager for a witness statement",
        ),
    ),
    Role(
        key="food",
        employer="Brightwater Foods",
        job_title="Production team leader",
        domain="brightwater-foods.example.org",
        safeguarding_lead="Sunita Rao",
        places=("Training room, Line 2", "Production office"),
        starting_point="Team leader on the ready-meals line; trains every new operative and "
        "wants to make that training consistent.",
        options="sitting in on the technical manager's food safety training, the provider's "
        "module on planning learning, and practice with new starters on the line",
        employer_comment="New operatives on Line 2 are signed off on allergen checks sooner.",
        prior_learning="Level 2 Food Safety; Level 3 Team Leading (2019).",
        goals=(
            GoalText(
                "Train new line operatives on allergen changeover checks",
                "Demonstrate and then observe each new operative's changeover check.",
                "Every new starter signed off on changeovers within their first month.",
            ),
            GoalText(
                "Coach new starters through HACCP record keeping",
                "Check new starters' HACCP records with them at the end of each shift.",
                "No missing records in the monthly HACCP audit for new starters.",
            ),
            GoalText(
                "Run food safety toolbox talks at shift start",
                "A five-minute talk each Monday, with a question to check understanding.",
                "Eight talks delivered and recorded on the training matrix.",
            ),
            GoalText(
                "Give feedback after observing a line changeover",
                "Observe a changeover and give feedback using a simple model.",
                "Four observed changeovers with feedback recorded.",
            ),
        ),
        barriers=(
            BarrierText(
                B.TIME,
                "Rotating early and late shifts.",
                "Sessions at shift handover, booked ahead.",
            ),
            BarrierText(
                B.LANGUAGE,
                "English is a second language.",
                "Voice notes first, written up together.",
            ),
            BarrierText(
                B.WORKLOAD,
                "Line output targets leave no time to train.",
                "One line stop a week set aside for training.",
            ),
        ),
        topics=(
            "allergen changeover checks",
            "HACCP records with new starters",
            "toolbox talks at shift start",
            "feedback after a line changeover",
            "training new operatives consistently",
        ),
        attempts=(
            "a picture guide at the line",
            "demonstrating before the shift starts",
            "checking records together at the end of the shift",
            "asking new starters to teach the check back",
        ),
        actions=(
            "draft a picture guide for the changeover check",
            "observe a changeover and give feedback",
            "plan next month's toolbox talks",
            "write a reflective account of training a new starter",
            "ask the technical manager for a witness statement",
        ),
    ),
    Role(
        key="warehouse",
        employer="Hallam Logistics",
        job_title="Warehouse team leader",
        domain="hallam-logistics.example.org",
        safeguarding_lead="Dean Foster",
        places=("Hallam training room", "Transport office"),
        starting_point="Started as a picker five years ago; now leads a night shift team and "
        "looks after every new warehouse operative.",
        options="shadowing the site trainer, the provider's module on coaching, and practice "
        "with new operatives on the night shift",
        employer_comment="New operatives reach their pick rate safely and stay with us longer.",
        prior_learning="Counterbalance and reach truck licences; Level 2 Warehousing.",
        goals=(
            GoalText(
                "Buddy new warehouse operatives through their first month",
                "A named buddy and a weekly check-in for each new operative.",
                "Nine in ten new operatives still with the team after three months.",
            ),
            GoalText(
                "Coach new starters to reach pick-rate targets safely",
                "Observe each new picker weekly and agree one thing to improve.",
                "New pickers reach target by week six with no safety incidents.",
            ),
            GoalText(
                "Teach first-in, first-out stock rotation to new starters",
                "Walk each new starter through stock rotation in the chilled aisle.",
                "No out-of-date stock found on the team's aisles in two audits.",
            ),
            GoalText(
                "Run a five-minute safety briefing at the start of the night shift",
                "A short briefing each night on one hazard, with a question at the end.",
                "Briefings recorded for eight weeks; near misses reported go up.",
            ),
        ),
        barriers=(
            BarrierText(
                B.TIME,
                "Night shifts: days are for sleep.",
                "Sessions at 6:30 am after a night shift.",
            ),
            BarrierText(
                B.DIGITAL_ACCESS,
                "No work computer; e-portfolio on a phone.",
                "A training-room laptop booked weekly.",
            ),
            BarrierText(
                B.LANGUAGE,
                "English is their second language.",
                "Talked through first, then written up.",
            ),
        ),
        topics=(
            "buddying new operatives",
            "coaching pick rates safely",
            "stock rotation with new starters",
            "night shift safety briefings",
            "keeping new starters in their first month",
        ),
        attempts=(
            "a buddy board in the break room",
            "walking the aisle with the new starter",
            "a one-question check at the end of the briefing",
            "asking the site trainer for tips",
        ),
        actions=(
            "set up the buddy board for new starters",
            "observe a new picker and agree one improvement",
            "write up a safety briefing plan",
            "write a reflective account of a coaching conversation",
            "ask the shift manager for a witness statement",
        ),
    ),
    Role(
        key="school",
        employer="St Anne's Primary School",
        job_title="Teaching assistant",
        domain="st-annes-primary.example.org",
        safeguarding_lead="Helen Pryce",
        places=("Library", "Year 2 classroom", "Staff room"),
        starting_point="Ten years as a teaching assistant; the school has asked them to "
        "mentor the new apprentice teaching assistants.",
        options="observing the special educational needs coordinator, the provider's module "
        "on feedback, and practice with this year's apprentice teaching assistants",
        employer_comment="The apprentice teaching assistants are running phonics groups with "
        "confidence.",
        prior_learning="Level 3 Certificate in Supporting Teaching and Learning (2015).",
        goals=(
            GoalText(
                "Support a new teaching assistant to run phonics interventions",
                "Model a phonics group, then observe the new assistant run one weekly.",
                "The new assistant runs groups alone by half term, with good pupil progress.",
            ),
            GoalText(
                "Model behaviour strategies for new support staff",
                "Share and practise three agreed behaviour strategies in class.",
                "New staff use the strategies consistently at the next learning walk.",
            ),
            GoalText(
                "Plan a half-term induction for apprentice teaching assistants",
                "A six-week induction plan covering safeguarding, phonics and behaviour.",
                "Plan agreed with the headteacher and used for the next two apprentices.",
            ),
            GoalText(
                "Give feedback after observing a small-group reading session",
                "Observe a reading group and give feedback within a day.",
                "Three observations with feedback kept in the mentoring log.",
            ),
        ),
        barriers=(
            BarrierText(
                B.TIME,
                "Break and lunch duties until 3:30 pm.",
                "Sessions after school on Wednesdays.",
            ),
            BarrierText(
                B.CARING,
                "Collects their own children most days.",
                "Wednesdays, when a grandparent collects.",
            ),
            BarrierText(
                B.CONFIDENCE,
                "Worried about observing friends at work.",
                "Agree each observation's purpose beforehand.",
            ),
        ),
        topics=(
            "modelling a phonics group",
            "behaviour strategies for new staff",
            "the apprentice teaching assistants' induction",
            "feedback after a reading group",
            "observing a colleague who is also a friend",
        ),
        attempts=(
            "modelling the group first, then swapping",
            "a short observation form",
            "feedback the same afternoon",
            "asking the special educational needs coordinator to join",
        ),
        actions=(
            "draft the half-term induction plan",
            "observe a reading group and give feedback",
            "share three behaviour strategies at the staff meeting",
            "write a reflective account of an observation",
            "ask the headteacher for a witness statement",
        ),
    ),
)
BY_KEY = {role.key: role for role in ROLES}

#: each kind's barrier texts, from every role
BARRIERS_BY_KIND: dict[BarrierKind, frozenset[str]] = {
    kind: frozenset(b.text for role in ROLES for b in role.barriers if b.kind is kind)
    for kind in BarrierKind
}
