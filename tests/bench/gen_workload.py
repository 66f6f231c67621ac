#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
"""Writes a domain-shaped SQL workload (cases, chronology notes, absences) to stdout.
Used to compare plain SQLite and SQLCipher shells on the same statements."""
import random, sys
random.seed(42)
N_CASES = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
NOTES_PER_CASE = int(sys.argv[2]) if len(sys.argv) > 2 else 20
words = ("review meeting adjustment occupational health referral sergeant federation unison "
         "attendance performance improvement notice restricted duties recuperative plan "
         "wellbeing officer line manager professional standards appeal pension medical").split()
print("PRAGMA journal_mode=WAL;")
print("PRAGMA synchronous=NORMAL;")
print("CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT, number TEXT, rank TEXT, team TEXT);")
print("CREATE TABLE cases(id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person(id), opened TEXT, status TEXT, rag TEXT, next_review TEXT);")
print("CREATE TABLE note(id INTEGER PRIMARY KEY, case_id INTEGER REFERENCES cases(id), at TEXT, kind TEXT, body TEXT);")
print("CREATE TABLE absence(id INTEGER PRIMARY KEY, person_id INTEGER, start TEXT, end TEXT, reason TEXT);")
print("CREATE INDEX note_case ON note(case_id, at);")
print("CREATE INDEX absence_person ON absence(person_id, start);")
print("CREATE INDEX cases_review ON cases(next_review);")
for c in range(1, N_CASES + 1):
    if c % 500 == 1: print("BEGIN;")
    print(f"INSERT INTO person VALUES({c},'Officer {c}','{100000+c}','PC','Team {c%40}');")
    print(f"INSERT INTO cases VALUES({c},{c},'2025-{1+c%12:02d}-{1+c%28:02d}','{random.choice(['open','closed','monitoring'])}','{random.choice('RAG')}','2026-{1+c%12:02d}-{1+c%28:02d}');")
    for n in range(NOTES_PER_CASE):
        body = " ".join(random.choice(words) for _ in range(random.randint(20, 80)))
        print(f"INSERT INTO note(case_id,at,kind,body) VALUES({c},'2025-{1+n%12:02d}-{1+n%28:02d}','note','{body}');")
    for a in range(random.randint(0, 4)):
        print(f"INSERT INTO absence(person_id,start,end,reason) VALUES({c},'2025-{1+a*3:02d}-01','2025-{1+a*3:02d}-0{1+a}','sick');")
    if c % 500 == 0 or c == N_CASES: print("COMMIT;")
# reads: dashboard-like and per-case queries
for i in range(300):
    print(f"SELECT count(*) FROM cases WHERE next_review < '2026-{1+i%12:02d}-15' AND status<>'closed';")
    c = random.randint(1, N_CASES)
    print(f"SELECT at, kind, substr(body,1,40) FROM note WHERE case_id={c} ORDER BY at;")
    print(f"SELECT count(*), sum(julianday(end)-julianday(start)+1) FROM absence WHERE person_id={c};")
print("SELECT count(*) FROM note WHERE body LIKE '%pension medical%';")
# updates
print("BEGIN;")
for i in range(2000):
    c = random.randint(1, N_CASES)
    print(f"UPDATE cases SET rag='{random.choice('RAG')}', next_review='2026-12-{1+i%28:02d}' WHERE id={c};")
print("COMMIT;")
print("PRAGMA wal_checkpoint(TRUNCATE);")
