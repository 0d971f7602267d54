"""Words for demo records: people, places and the things mentors write."""

FIRST_NAMES = [
    "Aisha",
    "Ben",
    "Chloe",
    "Daniel",
    "Ewa",
    "Farhan",
    "Grace",
    "Harry",
    "Imani",
    "Jack",
    "Kiran",
    "Lucy",
    "Mohammed",
    "Niamh",
    "Oliver",
    "Priya",
    "Qasim",
    "Rosie",
    "Samuel",
    "Tia",
    "Usman",
    "Violet",
    "William",
    "Xin",
    "Yusuf",
    "Zara",
    "Callum",
    "Deborah",
    "Ellis",
    "Freya",
]
LAST_NAMES = [
    "Ahmed",
    "Brennan",
    "Clarke",
    "Davies",
    "Evans",
    "Fofana",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Kowalski",
    "Lewis",
    "Mensah",
    "Nowak",
    "O'Brien",
    "Patel",
    "Quinn",
    "Roberts",
    "Singh",
    "Taylor",
    "Usher",
    "Vaughan",
    "Walsh",
    "Xu",
    "Young",
    "Zielinski",
]
EMPLOYERS = [
    ("Riverside General Hospital", "Healthcare assistant apprentice"),
    ("Castleford Precision Engineering", "Machinist apprentice"),
    ("Northgate Community Care", "Care worker trainee"),
    ("Brightwater Foods", "Production team leader trainee"),
    ("Hallam Logistics", "Warehouse supervisor trainee"),
    ("St Anne's Primary School", "Teaching assistant apprentice"),
]
PROVIDERS = ["Westfield College", "Pennine Training Partnership", "City Skills Academy"]
LOCATIONS = ["Ward 7 office", "Training room 2", "Workshop mezzanine", "Staff canteen", "Library"]
MODELS = ["grow", "oskar", "clear", "egan", "clutterbuck", "free"]
# What a mentor might write at each stage of each shipped session model.
STAGE_NOTES = {
    "goal": "Agreed to focus on {topic} before the next review.",
    "reality": "Feels {feeling} about {topic}; has tried {attempt} so far.",
    "options": "Talked through shadowing a colleague, a short e-learning module, "
    "and practice on shift.",
    "will": "Will {action} by next session and bring an example to discuss.",
    "outcome": "Wants to feel in control of {topic} by the end of the month.",
    "scaling": "Puts themself at 5 out of 10 on {topic}; was 3 last month.",
    "know_how": "It went well when they tried {attempt}; their buddy helps.",
    "affirm_action": "Noted how far they have come. Small step: {action}.",
    "review": "Better since last time: {topic} feels {feeling}.",
    "contracting": "Agreed to use the hour on {topic}, with ten minutes for the portfolio.",
    "listening": "Described a hard week; {topic} is where it showed most.",
    "exploring": "Explored what gets in the way and who could help.",
    "action": "First step: {action}, before the next session.",
    "current_picture": "The story so far: {topic} feels {feeling}; tried {attempt}.",
    "preferred_picture": "Better would be handling {topic} without asking for help.",
    "way_forward": "Plan: {action}, then review together.",
    "rapport": "Getting to know each other; agreed how we will work.",
    "direction": "Goals checked against the contract: {topic} stays the priority.",
    "progress": "More independent with {topic}; tried {attempt}.",
    "winding_down": "Looked back at what has been achieved on {topic}.",
    "moving_on": "Talked about support after the programme ends.",
    "notes": "Talked about {topic}. Feels {feeling}.",
    "agreed": "Agreed to {action}.",
}
QUESTIONING = [
    ["Open", "Probing"],
    ["Open", "Scaling", "Summarising"],
    ["Reflective", "Clarifying"],
]
TOPICS = [
    "handover communication",
    "time management on busy shifts",
    "writing reflective accounts",
    "giving feedback to peers",
    "infection control audits",
    "planning portfolio evidence",
    "confidence on the phone with families",
    "reading technical drawings",
    "stock rotation",
    "managing a difficult conversation",
]
FEELINGS = ["more confident", "unsure", "stretched", "motivated", "anxious", "positive"]
ATTEMPTS = [
    "asking a senior colleague",
    "making a checklist",
    "practising with a buddy",
    "reading the policy",
    "keeping a diary",
]
ACTIONS = [
    "draft a reflective account",
    "observe a colleague",
    "complete the e-learning module",
    "book a meeting with the line manager",
    "collect a witness statement",
    "update the learning log",
    "practise the procedure under supervision",
]
EVIDENCE_KINDS = [
    "observation",
    "witness statement",
    "reflective account",
    "product",
    "professional discussion",
    "certificate",
]
REFLECTION_MODELS = {
    "gibbs": ["description", "feelings", "evaluation", "analysis", "conclusion", "action_plan"],
    "kolb": [
        "concrete_experience",
        "reflective_observation",
        "abstract_conceptualisation",
        "active_experimentation",
    ],
    "driscoll": ["what", "so_what", "now_what"],
}
REFLECTION_TITLES = [
    "A session where I talked too much",
    "Handling a disclosure calmly",
    "Using GROW with a reluctant mentee",
    "Feedback that landed badly",
    "A remote session that worked",
    "Balancing my shifts and mentoring time",
    "Noticing my own assumptions",
    "Agreeing boundaries with a line manager",
]
CPD_ACTIVITIES = [
    ("Safeguarding refresher (level 2)", "course", 3.0, "Local Safeguarding Partnership"),
    ("Coaching and mentoring models webinar", "webinar", 1.5, "Society for Education and Training"),
    ("Reading: Clutterbuck on developmental mentoring", "reading", 2.0, None),
    ("Peer observation of a mentoring session", "observation", 1.0, None),
    ("Mental health first aid", "course", 7.0, "MHFA England"),
    ("Team meeting: new apprenticeship funding rules", "meeting", 1.0, None),
    ("Action research: remote sessions and travel", "research", 4.0, None),
]
SUPERVISORS = ["Dr Helen Marsh", "Gareth Pryce"]
