"""The workshop tests' small real bank (every kind, three topics, GIFT's special
characters), shared by the workshop tests and the phone game's network tests."""

BANK = r"""format: 1
id: ws
title: "Workshop test bank: special {characters}"
version: "1.0"
language: en
description: Items of every kind for the workshop tests.
source: "Test source, 2013"
items:
  - id: ws.sc1
    kind: single_choice
    topic: Origins
    difficulty: 1
    source: "§1 origins"
    explanation: It was founded as the Geneva Migration Group.
    question: "Under what name was the GMG founded? (ratio 3:1 {approx} = #1 ~ back\\slash)"
    correct: Geneva Migration Group
    wrong: [Global Migration Forum, Geneva Migration Forum, "A = B ~ C"]
  - id: ws.sc2
    kind: single_choice
    topic: Origins
    difficulty: 1
    source: "§1"
    explanation: 2003.
    question: In which year was the GMG founded?
    correct: "2003"
    wrong: ["2001", "2005", "2006"]
  - id: ws.sc3
    kind: single_choice
    topic: Origins
    difficulty: 2
    source: "§1"
    explanation: Six agencies.
    question: How many agencies founded the GMG?
    correct: Six
    wrong: [Four, Ten, Twelve]
  - id: ws.mc1
    kind: multiple_choice
    topic: Members
    difficulty: 2
    source: "§2 members"
    explanation: Both are members.
    question: Which of these are GMG members?
    correct: [IOM, UNHCR]
    wrong: [WTO, NATO]
  - id: ws.tf1
    kind: true_false
    topic: Members
    difficulty: 1
    source: "§2"
    explanation: IOM joined the UN system in 2016.
    statement: IOM is a related organization of the UN.
    answer: true
  - id: ws.num1
    kind: numeric
    topic: Members
    difficulty: 2
    source: "§2"
    explanation: 22 members in 2013.
    question: How many members did the GMG have in 2013?
    answer: 16
    tolerance: 1
    unit: members
  - id: ws.sa1
    kind: short_answer
    topic: Work
    difficulty: 1
    source: "§3 work"
    explanation: The acronym.
    question: What does GMG stand for?
    answers: [Global Migration Group, the Global Migration Group]
  - id: ws.cl1
    kind: cloze
    topic: Work
    difficulty: 1
    source: "§3"
    explanation: One blank.
    text: "The GMG chair rotates every {{six months|6 months}}."
  - id: ws.cl2
    kind: cloze
    topic: Work
    difficulty: 3
    source: "§3"
    explanation: Two blanks.
    text: "The HLD took place in {{2006}} and {{2013}}."
  - id: ws.ord1
    kind: ordering
    topic: Work
    difficulty: 2
    source: "§3"
    explanation: Chronological.
    question: Put these in order.
    sequence: [Founding, Expansion, Renaming]
  - id: ws.match1
    kind: matching
    topic: Work
    difficulty: 2
    source: "§3"
    explanation: Agencies and seats.
    question: Match each agency with its seat.
    pairs:
      - {left: IOM, right: Geneva}
      - {left: UNDP, right: New York}
  - id: ws.fc1
    kind: flashcard
    topic: Work
    difficulty: 1
    source: "§3"
    explanation: A card.
    front: GMG
    back: Global Migration Group
"""
