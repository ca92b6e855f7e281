import { JARGON_LEXICON } from '../../src/specifics/lexicon/jargon';
import { findJargon } from '../../src/specifics/termMatcher';
import { findingsOf, referralWith, withPastHarm } from './referralBuilder';

const termsIn = (text: string) => findJargon(text).map((match) => match.term);

describe('JARGON: labels instead of behaviour', () => {
  it("when a school writes only 'neglect', the referrer is asked what they saw", () => {
    const [finding] = findingsOf(withPastHarm('There are concerns about neglect at home.'), 'JARGON');
    expect(finding).toMatchObject({ code: 'JARGON', path: 'worried.pastHarm[0]', severity: 'ask', term: 'neglect' });
    expect(finding.question).toBe(
      "You wrote 'neglect'. What exactly did you see or hear that worried you - for example what Maya was wearing, eating or saying, and when?",
    );
  });

  it.each([
    ['Mum is an alcoholic.', 'alcoholic'],
    ['Dad is in denial about it.', 'in denial'],
    ['She is controlling.', 'controlling'],
    ['The home is chaotic.', 'chaotic'],
    ['Inappropriate touching was seen.', 'Inappropriate touching'],
    ['History of domestic abuse.', 'domestic abuse'],
    ['Concerns re DV.', 'DV'],
    ['Emotional harm to Maya.', 'Emotional harm'],
    ['Mum has mental health issues.', 'mental health issues'],
    ['Dad is non-compliant and disengaged.', 'non-compliant'],
    ['Maya is at risk of CSE.', 'CSE'],
    ['Mum was aggressive at the gate.', 'aggressive'],
  ])('finds the label in "%s" and quotes it back as written', (text, term) => {
    expect(termsIn(text)).toContain(term);
  });

  it('names the term as the referrer wrote it, keeping their capital letters', () => {
    const [finding] = findingsOf(withPastHarm('Neglect.'), 'JARGON');
    expect(finding.term).toBe('Neglect');
    expect(finding.question).toContain("You wrote 'Neglect'.");
  });

  it('reads inflections, spellings and hyphenation as the same label', () => {
    expect(findJargon('neglectful')[0].entry.term).toBe('neglect');
    expect(findJargon('non compliant')[0].entry.term).toBe('non-compliant');
    expect(findJargon('noncompliant')[0].entry.term).toBe('non-compliant');
    expect(findJargon('sexualized behavior')[0].entry.term).toBe('sexualised behaviour');
  });

  describe('near misses that are not jargon', () => {
    it.each([
      ['plain behaviour and fears', 'Dean will keep hurting Maya when he is angry, and she could be badly injured.'],
      ['a danger statement that names the abuse feared', 'I am worried that if Maya goes home tonight Dean will sexually abuse her again.'],
      ['a description of exploitation', 'He could be exploited to carry drugs.'],
      ['isolated from friends', 'Maya will become isolated from her friends.'],
      ['acronyms in lower case', 'Maya sings da da da.'],
      ['withdrawn from school (a fact, not a label)', 'Laura withdrew Maya and she was withdrawn from school on 3 May.'],
      ['a presentation in class', 'Maya gave a presentation to the class.'],
      ['longer words that only contain a label', 'The game controllers were moved chaotically.'],
    ])('%s', (_label, text) => {
      expect(termsIn(text)).toEqual([]);
    });

    it("does not flag labels inside quoted speech: those are someone else's words", () => {
      const referral = withPastHarm('On 3 November at 9am Laura told me: "I am not coping and the house is chaotic."');
      expect(findingsOf(referral, 'JARGON')).toEqual([]);
    });
  });

  it('is a question for the referrer in the worry column, and advice only in the other columns', () => {
    const referral = referralWith((r) => {
      r.workingWell!.strengths = ['Mum is no longer in denial and walks Maya to school every day.'];
    });
    expect(findingsOf(referral, 'JARGON')).toEqual([
      expect.objectContaining({ path: 'workingWell.strengths[0]', severity: 'note', term: 'in denial' }),
    ]);
  });

  it('asks about each label once per statement, however often it is repeated', () => {
    expect(findingsOf(withPastHarm('Neglect, neglect and more neglect since September, I saw it.'), 'JARGON')).toHaveLength(1);
  });

  describe('the lexicon', () => {
    it('holds at least 80 terms, each with its own question', () => {
      expect(JARGON_LEXICON.length).toBeGreaterThanOrEqual(80);
      for (const entry of JARGON_LEXICON) expect(entry.askInstead).toMatch(/\?|\.$/);
    });

    it('lists no spelling under two different terms', () => {
      const owner = new Map<string, string>();
      for (const entry of JARGON_LEXICON) {
        for (const phrase of [entry.term, ...(entry.variants ?? []), ...(entry.acronyms ?? [])]) {
          const key = phrase.toLowerCase().replace(/[-\s]+/g, ' ');
          expect(owner.get(key) ?? entry.term).toBe(entry.term);
          owner.set(key, entry.term);
        }
      }
    });

    it('finds every term it lists', () => {
      for (const entry of JARGON_LEXICON) {
        for (const phrase of [entry.term, ...(entry.variants ?? []), ...(entry.acronyms ?? [])]) {
          expect(findJargon(`Worry: ${phrase}.`).map((match) => match.entry.term)).toContain(entry.term);
        }
      }
    });
  });
});

describe('JARGON: a topic is not a label, and a label needs a person', () => {
  it.each(['Worries about living conditions since the move.', 'The tenancy officer asked about home conditions on 3 May.'])(
    'naming the topic "%s" is not a judgement label',
    (text) => {
      expect(findingsOf(withPastHarm(text), 'JARGON').map((f) => f.message)).not.toContainEqual(expect.stringMatching(/conditions/));
    },
  );

  it.each(['On 3 May I found the family in squalid rooms.', 'Bad living conditions were seen on 2 June.', 'The flat was in unhygienic home conditions when I visited on Monday.'])(
    'judging the conditions is a label: "%s"',
    (text) => {
      expect(findingsOf(withPastHarm(text), 'JARGON').length).toBeGreaterThan(0);
    },
  );

  it('"Dad is dangerous" is a label; "it is dangerous" and "learn why he is dangerous" are not', () => {
    expect(findingsOf(withPastHarm('Mum told me on Monday that dad is dangerous.'), 'JARGON').length).toBe(1);
    expect(findingsOf(withPastHarm('Mum told me on Monday that it is dangerous to cross the ring road.'), 'JARGON')).toEqual([]);
    const goal = referralWith((r) => (r.needsToHappen!.goals = ['Maya will learn why her online friend is dangerous and who she can tell.']));
    expect(findingsOf(goal, 'JARGON').filter((f) => f.path.startsWith('needsToHappen.goals'))).toEqual([]);
  });
});

describe('JARGON: plurals and labels written after the noun', () => {
  it.each([
    ['alcoholics', 'Both of her carers are alcoholics.'],
    ['drug users', 'The adults at the flat are drug users.'],
    ['living conditions are very poor', 'The living conditions are very poor.'],
    ['attendance was poor', "Maya's attendance was poor last term."],
  ])("finds '%s'", (term, statement) => {
    expect(findJargon(statement).map((match) => match.term)).toContain(term);
  });

  it.each([
    'Laura drank four cans of cider on Saturday afternoon.',
    'The living conditions were checked by the housing officer on 4 May.',
    'Maya was poorly on Monday and stayed home.',
  ])('near miss, no label: %s', (statement) => {
    expect(findJargon(statement)).toEqual([]);
  });
});

describe('JARGON: the name of a tool or service is not a label', () => {
  it.each([
    'On 4 March I went through the Neglect Toolkit with Laura and we agreed a shopping list.',
    'The domestic abuse strategy meeting on 2 March agreed that Laura would move to her sister\'s.',
  ])('"%s" names a tool or service, and is not asked about', (text) => {
    expect(findingsOf(withPastHarm(text), 'JARGON')).toEqual([]);
  });
});

describe('JARGON: a describing word, and pointing back', () => {
  it.each([
    'On 4 March Maya showed me violent videos a man had sent her, and he asked her to join a violent group.',
  ])('"%s" describes what was seen, not a person', (text) => {
    expect(findingsOf(withPastHarm(text), 'JARGON')).toEqual([]);
  });

  it('"both missing episodes" in a next step points back at what was described', () => {
    const referral = referralWith((r) => {
      r.needsToHappen!.nextSteps = ["Laura will tell Maya's social worker about both missing episodes by Friday."];
    });
    expect(findingsOf(referral, 'JARGON')).toEqual([]);
  });
});
