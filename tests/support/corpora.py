"""Hard answers for the letter linter (tests/test_letter_linter.py), with what
a careful person would write for each. The expectations here are written by
hand, apart from generators/core/grammar.py, so that a mistake there shows
up as a disagreement here."""

from __future__ import annotations

# A typed name, then how to address the person: formally, and warmly (or
# when the writer knows them). A greeting may use either; never a suffix, a
# degree or a bare initial.
NAMES = (
    ("Dana Lee", "Dana Lee", "Dana"),
    ("Dr. Amira Haddad, PhD", "Dr. Haddad", "Dr. Haddad"),
    ("Dr. Amira Haddad PhD", "Dr. Haddad", "Dr. Haddad"),
    ("Dr Sam Lee Jr.", "Dr Lee", "Dr Lee"),
    ("Prof. Elena Rossi", "Prof. Rossi", "Prof. Rossi"),
    ("prof. elena rossi", "prof. rossi", "prof. rossi"),
    ("Mx. Sam Ortiz", "Mx. Ortiz", "Mx. Ortiz"),
    ("Mrs. Grace O'Neill", "Mrs. O'Neill", "Mrs. O'Neill"),
    ("Miss Rosa Diaz", "Miss Diaz", "Miss Diaz"),
    ("Rev. Thomas Okafor", "Rev. Okafor", "Rev. Okafor"),
    ("Sir Ian Blake", "Sir Ian", "Sir Ian"),
    ("Dame Judi Dench", "Dame Judi", "Dame Judi"),
    ("Robert Lee Jr.", "Robert Lee", "Robert"),
    ("Robert Lee, Jr.", "Robert Lee", "Robert"),
    ("John Smith III", "John Smith", "John"),
    ("Ana Souza, MBA, CPA", "Ana Souza", "Ana"),
    ("Kim Park RN", "Kim Park", "Kim"),
    ("Lena Weber MD", "Lena Weber", "Lena"),
    ("J. Marcus Webb", "J. Marcus Webb", "Marcus"),
    ("J. Webb", "J. Webb", "J. Webb"),
    ("Mr. J. Webb", "Mr. Webb", "Mr. Webb"),
    ("Cher", "Cher", "Cher"),
    ("Ms. Anna van der Berg", "Ms. van der Berg", "Ms. van der Berg"),
    ("Anna van der Berg", "Anna van der Berg", "Anna"),
    ("Maria de la Cruz", "Maria de la Cruz", "Maria"),
    ("Siobhan O'Brien-Nguyễn", "Siobhan O'Brien-Nguyễn", "Siobhan"),
    ("Yo-Yo Ma", "Yo-Yo Ma", "Yo-Yo"),
    ("王芳", "王芳", "王芳"),
    ("山田 太郎", "山田 太郎", "山田 太郎"),
    ("dana lee", "dana lee", "dana"),
    ("Ngozi Okonjo-Iweala", "Ngozi Okonjo-Iweala", "Ngozi"),
    ("Zoë Çelik", "Zoë Çelik", "Zoë"),
    ("Dmitri Ivanov", "Dmitri Ivanov", "Dmitri"),
    ("Lee, Dana", "Dana Lee", "Dana"),
    ('Robert "Bob" Smith', "Robert Smith", "Bob"),
)

# Roles and titles with the article they take.
ROLES = (
    ("X-ray Technician", "an"),
    ("HR Manager", "an"),
    ("HR Business Partner", "an"),
    ("MBA Intern", "an"),
    ("SQL Developer", "an"),
    ("NGO Program Officer", "an"),
    ("RN Case Manager", "an"),
    ("LPN", "an"),
    ("FBI Liaison", "an"),
    ("UX Researcher", "a"),
    ("URL Specialist", "a"),
    ("NASA Contractor", "a"),
    ("UNICEF Field Officer", "a"),
    ("STEM Educator", "a"),
    ("Ukrainian Interpreter", "a"),
    ("European Sales Lead", "a"),
    ("University Liaison", "a"),
    ("Unit Clerk", "a"),
    ("Union Organizer", "a"),
    ("One-Year Fellow", "a"),
    ("Hourly Supervisor", "an"),
    ("Honors Program Advisor", "an"),
    ("Operations Manager", "an"),
    ("Engineer", "an"),
    ("Data Analyst", "a"),
    ("Nurse", "a"),
    ("Historian", "a"),
    ("8-week Contractor", "an"),
    ("11-month Fellow", "an"),
    ("18-month Apprentice", "an"),
    ("80-hour Consultant", "an"),
    ("Senior Data Analyst", "a"),
    ("Umpire", "an"),
    ("Uber Fleet Manager", "an"),
)

# Employers, some ending in an abbreviation's full stop.
ORGANIZATIONS = (
    "Acme Co.",
    "Initech Inc.",
    "Globex Ltd.",
    "Northwind Health",
    "Contoso",
    "U.S. Digital Service",
    "St. Mary's Hospital",
    "AT&T",
    "L'Oréal",
    "The 8-Bed Clinic",
    "NASA",
    "Kōkua Care",
    "东方 Logistics",
)

# Free text typed into a sentence: abbreviations, times, numbers, initials,
# and text that ends with the reader's own punctuation.
FREE_TEXTS = (
    "before 5 p.m.",
    "at 9 a.m. on Mondays",
    "the handover with Acme Co.",
    "reports, budgets, etc.",
    "the work we do for J. R. Simplot",
    "a project with the U.S.",
    "our 8-week pilot",
    "an 11-person team",
    "the move to a new dashboard.",
    "how you plan the winter rota",
    "the survey of 1,100 patients",
    "I led an HR audit",
    "the X-ray department's new schedule",
    "a one-year contract",
    "Why the team uses Python",
    "wait and see...",
)

# Phone numbers as people type them.
PHONES = ("555-201-7788", "(555) 010-0142", "+44 20 7946 0958", "555.201.7788 ext. 12")
