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
# The small demo's mentees, one for each role in order (see roles.py). Two share the first
# name Violet, as happens: every screen must tell them apart.
CAST = [
    ("Violet Mensah", None),
    ("Tomasz Nowak", "Tom"),
    ("Grace Hughes", None),
    ("Callum Brennan", None),
    ("Ewa Kowalski", None),
    ("Violet Evans", None),
]
# The training provider the mentor works for: every mentee's apprenticeship is with it.
PROVIDER = ("Pennine Training Partnership", "pennine-training.example.org")
MODELS = ["grow", "oskar", "clear", "egan", "clutterbuck", "free"]
# What a mentor might write at each stage of each shipped session model.
STAGE_NOTES = {
    "goal": "Agreed to focus on {topic} before the next review.",
    "reality": "Feels {feeling} about {topic}; has tried {attempt} so far.",
    "options": "Talked through {options}.",
    "will": "Will {action} by next session and bring an example to discuss.",
    "outcome": "Wants to feel in control of {topic} by the end of the month.",
    "scaling": "Puts themself at 5 out of 10 on {topic}; was 3 last month.",
    "know_how": "It went well when they tried {attempt}; their buddy helps.",
    "affirm_action": "Noted how far they have come. Small step: {action}.",
    "review": "Looked back at the last action on {topic}; feels {feeling} about it now.",
    "contracting": "Agreed to use the hour on {topic}, with ten minutes for the portfolio.",
    "listening": "Described a hard week; {topic} is where it showed most.",
    "exploring": "Explored what gets in the way and who could help.",
    "action": "First step: {action}, before the next session.",
    "current_picture": "The story so far on {topic}: feels {feeling}; has tried {attempt}.",
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
FEELINGS = ["more confident", "unsure", "stretched", "motivated", "anxious", "positive"]
EVIDENCE_KINDS = [
    "observation",
    "witness_statement",
    "product",
    "professional_discussion",
    "certificate",
]
OBSERVERS = [
    "Grace Obi, ward manager",
    "Tom Reilly, shift supervisor",
    "Ana Silva, practice educator",
    "Priya Shah, team leader",
    None,
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
