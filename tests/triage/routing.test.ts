import type { ReferralSubmission } from '../../src/referrals/referralTypes';
import { priorityOf } from '../../src/triage/priority';
import { routeReferral } from '../../src/triage/routing';
import { completeReferral, labelledFixtures } from '../specifics/referralBuilder';

const NOW = new Date('2026-01-10T12:00:00Z');

/** A quiet early-help referral (no injury, no harm) that each test changes one thing in. */
function wellbeingReferral(change: (referral: ReferralSubmission) => void = () => undefined): ReferralSubmission {
  const referral = completeReferral();
  referral.assessmentType = 'early-help';
  referral.immediateRisk = false;
  referral.worried = {
    pastHarm: ['Since September Maya has been late on 14 of 40 days; her teacher saw her fall asleep in class on 6 of them.'],
    futureDanger: ['We are worried Maya will fall behind with her reading.'],
    complicatingFactors: ['Laura works night shifts.'],
  };
  referral.childVoice = ['Maya said: "I stay up when mum is at work."'];
  change(referral);
  return referral;
}

const queueOf = (referral: ReferralSubmission) => routeReferral(referral, { now: NOW }).queue;

/** The early-help referral (as ticked) with one statement of past harm instead. */
const wellbeingWith = (pastHarm: string, change: (r: ReferralSubmission) => void = () => undefined) =>
  wellbeingReferral((r) => {
    r.worried.pastHarm = [pastHarm];
    change(r);
  });

describe('routing a referral to one First Contact queue', () => {
  it.each(labelledFixtures().filter((f) => f.queue).map((f) => [f.file, f.queue, f.referral] as const))('%s lands in %s', (_file, queue, referral) => {
    expect(routeReferral(referral).queue).toBe(queue);
  });

  it('a wellbeing worry with no harm goes to early help, with a reason staff can read', () => {
    const route = routeReferral(wellbeingReferral(), { now: NOW });
    expect(route).toEqual({ queue: 'early-help', reasons: [expect.stringContaining('early help')] });
  });

  describe('immediate risk', () => {
    it('when the referrer ticks immediate risk, it is immediate whatever else is written', () => {
      const route = routeReferral(wellbeingReferral((r) => (r.immediateRisk = true)), { now: NOW });
      expect(route.queue).toBe('immediate-risk');
      expect(route.reasons[0]).toContain('not safe today');
    });

    it('when a bruise is described, it is immediate even though the referrer did not tick immediate risk (fixture 01)', () => {
      const route = routeReferral(completeReferral(), { now: NOW });
      expect(route.queue).toBe('immediate-risk');
      expect(route.reasons).toEqual([expect.stringContaining("describes an injury: 'bruise'")]);
    });

    it.each([
      'On Monday I saw a burn on the back of her hand.',
      'Maya told me on Tuesday her arm is broken... the hospital confirmed a fractured wrist.',
      'On Friday her nose was bleeding when she arrived.',
      'I saw fingertip marks on her upper arm this morning.',
      'Mum told me on Sunday that Dean put his hands round her neck and she could not breathe.',
      'Two incidents so far: (a) on 4 March she said Dean pushed her; (b) on 11 March I saw a purple, finger-shaped mark on her arm.',
      'When she changed for PE on Tuesday I saw a mark roughly 5cm across on the inside of her right forearm.',
      'On Wednesday I saw a deep red circular mark by her ear.',
    ])('an injury: %s', (pastHarm) => {
      expect(queueOf(wellbeingReferral((r) => (r.worried.pastHarm = [pastHarm])))).toBe('immediate-risk');
    });

    it('a sexual-abuse disclosure is immediate', () => {
      const referral = wellbeingReferral((r) => (r.worried.pastHarm = ['At 2pm Maya told me Dean touched her private parts last night.']));
      expect(routeReferral(referral, { now: NOW }).reasons).toEqual([expect.stringContaining('sexual abuse')]);
    });

    it('a child afraid to go home is immediate, even when the referrer wrote it as a worry about the future', () => {
      const referral = wellbeingReferral((r) => (r.worried.futureDanger = ['Maya is scared to go home tonight because Dean will be there.']));
      expect(queueOf(referral)).toBe('immediate-risk');
    });

    it('a baby under one with any mark is immediate', () => {
      const referral = wellbeingReferral((r) => {
        r.children = [{ firstName: 'Ruby', dateOfBirth: '2025-09-01', postcode: 'TS10 1AA' }];
        r.worried.pastHarm = ['At the 16-week check on 5 January I noticed a small mark behind her ear.'];
      });
      const route = routeReferral(referral, { now: NOW });
      expect(route.queue).toBe('immediate-risk');
      expect(route.reasons.join(' ')).toContain('Ruby is under one');
    });

    it('a baby with no mark described is not immediate for being a baby', () => {
      const referral = wellbeingReferral((r) => {
        r.children = [{ firstName: 'Ruby', estimatedAge: 0, postcode: 'TS10 1AA' }];
        r.worried.pastHarm = ['At the 16-week check on 5 January mum told me she is not sleeping.'];
      });
      expect(queueOf(referral)).toBe('early-help');
    });

    describe('reading negations and fears correctly', () => {
      it.each([
        ['no marks', 'On Monday Maya came back from contact with no marks or bruises, I checked.'],
        ['did not have any injuries', 'On Monday the school nurse saw that Maya did not have any injuries.'],
        ['a fear, not a fact', 'On Monday Maya climbed onto the window ledge and could be injured if she falls.'],
        ['a seat belt is not a belt', 'On Monday mum drove Maya to school without a seat belt.'],
        ['safety in the safety column', 'After the mark in September, Laura took Maya to her grandmother.'],
        ['a red pen mark is not an injury', 'On Monday her homework came back covered in red pen marks and she cried.'],
        ['a mark on work, not on her body', 'On Monday she got a low mark on her spelling test and cried on the way out.'],
      ])('%s is not an injury', (_label, text) => {
        const referral = wellbeingReferral((r) => {
          r.worried.pastHarm = [text];
        });
        expect(queueOf(referral)).toBe('early-help');
      });

      it('a negation does not reach across "but"', () => {
        const referral = wellbeingReferral((r) => {
          r.worried.pastHarm = ['On Monday there were no marks, but on Tuesday I saw a bruise on her arm.'];
        });
        expect(queueOf(referral)).toBe('immediate-risk');
      });

      it('injuries feared in the danger statement are not injuries that happened', () => {
        const referral = wellbeingReferral((r) => {
          r.assessmentType = 'child-protection';
          r.worried.futureDanger = ['She could be badly injured, for example by hitting her head.'];
        });
        expect(queueOf(referral)).toBe('child-protection');
      });
    });
  });

  describe('children in care', () => {
    it('a child living with foster carers goes to the child-in-care queue, whatever was ticked', () => {
      const referral = wellbeingReferral((r) => {
        r.household = [{ name: 'Ann Doyle', relationship: 'foster carer', livesWithChild: true }];
      });
      expect(routeReferral(referral, { now: NOW })).toEqual({ queue: 'child-in-care', reasons: [expect.stringContaining('Ann Doyle (foster carer)')] });
    });

    it.each(['Maya has been in care since 2024.', 'Maya lives in a children\'s home.', 'Maya is on an interim care order.', 'Maya is accommodated under section 20.'])(
      'statements saying "%s" show the child is looked after',
      (strength) => {
        expect(queueOf(wellbeingReferral((r) => (r.workingWell = { strengths: [strength] })))).toBe('child-in-care');
      },
    );

    it('a fear of being taken into care does not mean the child is in care', () => {
      const referral = wellbeingReferral((r) => (r.worried.complicatingFactors = ['Laura is frightened Maya will be taken into care.']));
      expect(queueOf(referral)).toBe('early-help');
    });

    it('"looked after by her nan" is not being looked after by the council', () => {
      const referral = wellbeingReferral((r) => (r.workingWell = { strengths: ['Maya is looked after by her nan at weekends.'] }));
      expect(queueOf(referral)).toBe('early-help');
    });
  });

  describe('child protection', () => {
    it('when significant harm is described, an early-help tick is overruled', () => {
      const referral = wellbeingReferral((r) => (r.worried.pastHarm = ['On Tuesday Maya told me mum hit her with a slipper.']));
      expect(routeReferral(referral, { now: NOW })).toEqual({ queue: 'child-protection', reasons: [expect.stringContaining("physical harm: 'hit'")] });
    });

    it.each([
      'Maya told me on Monday that Dean pushed her.',
      'On Friday police were called after Dean punched Laura.',
      'Maya (7) was left home alone overnight on Saturday, a neighbour told me.',
      'Maya was reported missing on Friday and found in a flat with older men.',
      'There are concerns about neglect at home.',
    ])('"%s" is significant harm', (pastHarm) => {
      expect(queueOf(wellbeingReferral((r) => (r.worried.pastHarm = [pastHarm])))).toBe('child-protection');
    });

    it('a child-protection tick stands even when the description is thin: missing specifics never lower urgency', () => {
      expect(queueOf(wellbeingReferral((r) => (r.assessmentType = 'child-protection')))).toBe('child-protection');
    });

    it('with no tick and nothing concrete written, it is early help (no significant harm is described), and the reasons say it is too general to tell', () => {
      const referral = wellbeingReferral((r) => {
        delete r.assessmentType;
        r.worried.pastHarm = ['Concerns at home.'];
      });
      const route = routeReferral(referral, { now: NOW });
      expect(route.queue).toBe('early-help');
      expect(route.reasons[1]).toContain('too general to tell whether there is significant harm');
    });

    it('a vague referral the referrer ticked as child protection stays child protection', () => {
      const referral = wellbeingReferral((r) => {
        r.assessmentType = 'child-protection';
        r.worried.pastHarm = ['Mum has mental health issues.', 'Home is chaotic.'];
      });
      expect(queueOf(referral)).toBe('child-protection');
    });

    it('with no tick and a specific wellbeing worry, it goes to early help', () => {
      expect(queueOf(wellbeingReferral((r) => delete r.assessmentType))).toBe('early-help');
    });
  });

  describe('priority within and across queues', () => {
    it('an immediate-risk referral always outranks a child-protection one', () => {
      const urgent = completeReferral();
      const calmer = wellbeingReferral((r) => {
        r.assessmentType = 'child-protection';
        r.scaling = { score: 0, rationale: 'x' };
        r.children = [{ firstName: 'Ruby', estimatedAge: 0 }];
      });
      urgent.scaling = { score: 10, rationale: 'x' };
      urgent.children[0].dateOfBirth = '2008-01-01';
      expect(priorityOf(urgent, routeReferral(urgent, { now: NOW }), NOW)).toBeGreaterThan(priorityOf(calmer, routeReferral(calmer, { now: NOW }), NOW));
    });

    it('within a queue, a lower scaling score and a younger child come first', () => {
      const route = { queue: 'early-help' as const, reasons: [] };
      const older = wellbeingReferral((r) => (r.scaling = { score: 6, rationale: 'x' }));
      const worseScore = wellbeingReferral((r) => (r.scaling = { score: 2, rationale: 'x' }));
      const baby = wellbeingReferral((r) => {
        r.scaling = { score: 6, rationale: 'x' };
        r.children = [{ firstName: 'Ruby', estimatedAge: 0 }];
      });
      expect(priorityOf(worseScore, route, NOW)).toBeGreaterThan(priorityOf(older, route, NOW));
      expect(priorityOf(baby, route, NOW)).toBeGreaterThan(priorityOf(older, route, NOW));
    });

    it('a missing scaling score never makes a referral less urgent', () => {
      const route = { queue: 'child-protection' as const, reasons: [] };
      const scored = wellbeingReferral((r) => (r.scaling = { score: 0, rationale: 'x' }));
      const unscored = wellbeingReferral((r) => delete r.scaling);
      expect(priorityOf(unscored, route, NOW)).toBeGreaterThanOrEqual(priorityOf(scored, route, NOW));
    });
  });
});

describe('routing: significant harm described in plain words, not only labels', () => {
  const withWorries = (pastHarm: string[], futureDanger: string[] = ['We are worried this will carry on.']) =>
    wellbeingReferral((r) => {
      r.assessmentType = undefined;
      r.worried.pastHarm = pastHarm;
      r.worried.futureDanger = futureDanger;
    });

  it.each([
    // Criminal exploitation.
    'On 3 March Maya told me a man she calls "Bear" pays her £20 a trip to drop parcels to a house in Stockton.',
    'On Monday I saw Maya with a rucksack she said she was minding for some older lads from the estate.',
    'Her mum found three phones and a roll of cash in her school bag on Sunday.',
    'On 2 May police stopped her on a train holding cannabis wrapped in cling film.',
    // Going missing, older people, gifts.
    'Maya has gone missing twice this month, once until 4am.',
    'Maya stayed out all night on Saturday and would not say where she had been.',
    'On Friday I saw her climb into a van, driven by an older man, outside the gates.',
    'On Thursday she arrived with designer trainers her mum says she could not have afforded.',
    // Online sexual exploitation and grooming.
    'On 9 April Maya showed me messages where a man asked for explicit pictures of her.',
    'On Sunday mum found that Maya had sent selfies of herself in her bra to a boy she met online.',
    'On Tuesday Maya said her coach told her it was their special secret.',
    // Neglect that leaves children unsafe.
    'At 10pm on Saturday police found Maya and her brother, aged 4, alone in the flat with no adult in the house.',
    'On Sunday morning neighbours found dad slumped on the sofa and he could not be roused while the toddler cried.',
    'On 12 June mum was too drunk to stand when she came to collect Maya at 3pm.',
    'On Tuesday mum went out to the pub and left the twins, aged 2, asleep upstairs.',
    // Risk to life, FGM, forced marriage.
    // An adult's overdose is significant harm for the child who finds them, not an injury to the child.
    'On Monday night Maya found her dad after he had taken an overdose and she rang 999.',
    'On 5 May Maya told me she is being taken abroad in the summer to marry a cousin, and her older sister was married off at 15.',
  ])('child protection: %s', (pastHarm) => {
    expect(queueOf(withWorries([pastHarm]))).toBe('child-protection');
  });

  it.each([
    'Since September Maya has been missing school on Mondays, 9 of 12 Mondays.',
    'Maya has been missing breakfast club since her mum changed shifts in October.',
    'On Monday Maya carried the shopping bags to the car for her nan.',
    'On Friday I saw Maya take her PE bag to school for the first time this term.',
    'On Saturday Maya played football in the park with older lads from her estate.',
    'Maya told me on 3 March there was no food in the house until payday, and mum is waiting for her benefits.',
    'On 8 May Maya told me she has never gone missing and is always home by 9pm.',
    'Mum told me on Monday she has not been drinking since January and Maya is never left alone.',
    'On Tuesday Maya showed me photos of her holiday on her phone.',
    'Maya told me on Friday she keeps her diary secret from her brother.',
  ])('early help (a near miss, not significant harm): %s', (pastHarm) => {
    expect(queueOf(withWorries([pastHarm]))).toBe('early-help');
  });

  it('a fear written as a worry for the future still counts when it names the harm', () => {
    expect(queueOf(withWorries(['Since January Maya has been late on 20 days, her teacher told me.'], ['We fear she is being drawn into county lines.']))).toBe('child-protection');
  });

  it('a negated harm does not count: "has not been left alone"', () => {
    expect(queueOf(withWorries(['On Monday mum told me Maya has not been left alone since the summer.']))).toBe('early-help');
  });

  it('the referrer\'s early-help choice never lowers a referral that describes significant harm', () => {
    const referral = withWorries(['On Sunday night Maya ran away from home and was found at 3am in a car park.']);
    referral.assessmentType = 'early-help';
    expect(queueOf(referral)).toBe('child-protection');
  });

  it('the reason names the category and the words found', () => {
    const route = routeReferral(withWorries(['On 1 May Maya told me she delivers packages for a man called Jay.']), { now: NOW });
    expect(route.reasons).toEqual([expect.stringContaining("describes criminal exploitation: 'delivers packages'")]);
  });
});

describe('routing: immediate risk from what a child discloses', () => {
  const withFact = (pastHarm: string) =>
    wellbeingReferral((r) => {
      r.assessmentType = 'child-protection';
      r.worried.pastHarm = [pastHarm];
    });

  it.each([
    'On Tuesday Maya told me her stepdad puts his hand down her knickers when mum is at work.',
    'At break on 4 May Maya said a man at the park touched her and told her not to tell her mum.',
    'Maya told me this morning that her cousin makes her take her clothes off in his room.',
    'On Friday Maya disclosed that her babysitter forced her to touch him.',
    'Yesterday Maya told me her brother\'s friend keeps touching her when they are alone.',
    'At 9am Maya told me she is frightened of what will happen when she goes home tonight.',
    'On Monday Maya begged me not to send her home.',
  ])('immediate risk: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    'On Tuesday Maya told me her nan touched her shoulder to wake her for school.',
    'On Monday Maya said her uncle helps her with her pyjamas zip at bedtime and reads her a story.',
    'Maya told me on Friday she is happy to go home and that she feels safe at home.',
    'On Wednesday Maya said she was worried about going home late from the school trip because of the buses, her mum was picking her up.',
  ])('not immediate (near miss): %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).not.toBe('immediate-risk');
  });
});

describe('routing: the month of May is not a maybe', () => {
  it.each([
    'On 4 May I saw a bruise on her cheek.',
    'In May Maya told me her stepdad touched her private parts.',
  ])('a fact dated in May still counts: %s', (pastHarm) => {
    expect(queueOf(wellbeingReferral((r) => (r.worried.pastHarm = [pastHarm])))).toBe('immediate-risk');
  });

  it('"may" as a maybe still makes an injury a fear, not a fact', () => {
    expect(queueOf(wellbeingReferral((r) => (r.worried.pastHarm = ['On Monday I saw Maya climb the fence; she may get a bruise one day.'])))).not.toBe('immediate-risk');
  });
});

describe('routing: an injury to the body is immediate, whatever caused it', () => {
  const withFact = (pastHarm: string, household?: ReferralSubmission['household']) =>
    wellbeingReferral((r) => {
      r.assessmentType = 'child-protection';
      r.worried.pastHarm = [pastHarm];
      if (household) r.household = household;
    });

  it.each([
    'On Monday night Maya took an overdose of paracetamol.',
    'At 9pm on Sunday her mum found Maya in the bathroom having swallowed about 20 ibuprofen tablets.',
    'On Thursday Maya told me she had taken a handful of her nan\'s sleeping pills the night before.',
    'Staff found Maya in her room on Saturday with a ligature round her neck.',
    'On 3 May Maya drank bleach from under the sink, her dad told me.',
    'On Friday Maya was stabbed in the leg on the way home from school.',
    'The X-ray on Tuesday showed a hairline fracture of her wrist.',
    'On 2 June Dean broke her arm when he pulled her off the trampoline, Laura told me.',
    'The cut on her forehead needed stitches at A&E on Saturday.',
    'Maya came to hospital by ambulance at 11pm on Friday.',
  ])('immediate risk: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    ['an object that is burnt is not a burn', 'On Monday police found a burnt spoon and some burnt foil on the kitchen table.'],
    ['drug equipment is not an injury', 'On 3 May officers found two used needles in the bathroom bin.'],
    ['burnt food is not a burn', 'On Tuesday Maya told me mum burnt the toast and they had cereal instead.'],
    ['stopping medication is not an overdose', 'On Friday mum told me she stopped taking the tablets her doctor prescribed in August.'],
    ["a parent's overdose is not the child's body", "On Sunday the paramedics gave Dean an injection to reverse his overdose while Maya watched."],
    ['a named parent took the tablets', 'On 4 March Laura took 30 tablets and Maya found her on the floor.'],
    ['an overdose feared is not one that happened', 'On Monday Maya said she might take an overdose if things do not change.'],
  ])('not an injury to the child (near miss): %s', (_label, pastHarm) => {
    const household = [{ name: 'Laura Reed', relationship: 'mother', livesWithChild: true }, { name: 'Dean Cole', relationship: "mother's partner", livesWithChild: true }];
    expect(queueOf(withFact(pastHarm, household))).not.toBe('immediate-risk');
  });
});

describe('routing: burns, whose body is hurt, and how long ago', () => {
  const household = [
    { name: 'Laura Reed', relationship: 'mother', livesWithChild: true },
    { name: 'Dean Cole', relationship: "mother's partner", livesWithChild: true },
  ];
  const withFact = (pastHarm: string) =>
    wellbeingReferral((r) => {
      r.assessmentType = 'child-protection';
      r.household = household;
      r.worried.pastHarm = [pastHarm];
    });

  it.each([
    'On Thursday I saw a raw blister the size of a coin on the inside of Maya\'s wrist.',
    'On 8 December Maya had three round scabs on her upper arm that look like they came from a lighter.',
    'Maya told me on Monday that Dean stubbed his cigarette out on her leg.',
    'On Sunday Dean held her hand under the hot tap because she would not stop crying.',
    'On Friday Laura poured boiling water over her feet in the bath, Maya told me.',
  ])('a burn on the child is immediate risk: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    ["a mother's injury the child saw", 'On 2 January I saw Laura with a split lip and a bruise under her eye; she said Dean did it in front of Maya.'],
    ["a named adult's black eye", "On Monday Laura's black eye was still visible at pick-up, and Maya said she saw Dean do it."],
  ])('an injury to an adult the child saw is child protection, not immediate risk (near miss): %s', (_label, pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('child-protection');
  });

  it.each([
    'On Monday Laura noticed a bruise on her back after Dean had looked after Maya.',
    'On 3 January Dean slapped her and left a red hand-shaped mark on her cheek.',
    'Laura said that on Sunday the baby was found with bruises on his legs.',
    "Dean was drunk on Sunday and there were bruises on Maya's legs.",
    'On Monday Laura had a black eye, and Maya had a bruise on her arm.',
  ])('an injury an adult saw or caused is still the child\'s: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    'At story time on Wednesday Maya said a man called Tony puts his fingers inside her knickers at bath time.',
    'On 6 January Maya said her cousin plays a game under her pants when he babysits.',
  ])('a disclosure of touching inside underwear is immediate risk: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    ['a toileting accident', 'On Tuesday Maya wet herself in her pants at lunch and staff changed her.'],
    ['something hidden', 'On 5 January police found cannabis wraps hidden in his boxers.'],
  ])('underwear in an ordinary sentence is not a disclosure (near miss): %s', (_label, pastHarm) => {
    expect(queueOf(withFact(pastHarm))).not.toBe('immediate-risk');
  });

  it.each([
    'Laura told me on 4 January that in 2019, when Maya was 4, a babysitter touched her private parts; he was convicted and has had no contact since.',
    'Her aunt told me on Monday that several years ago Maya said an old neighbour touched her private parts; the police spoke to him then.',
  ])('a disclosure made long ago, already known, is child protection, not immediate risk: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('child-protection');
  });

  it.each([
    'Maya told me on Monday that her old neighbour touched her private parts several years ago, before the family moved here.',
    'On Tuesday Maya disclosed to me that when she was 6 her cousin made her touch him; he lives in Leeds and she has not seen him since 2022.',
  ])('a child telling someone now is a new disclosure and immediate, however long ago the abuse: %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    'On Monday Maya told me that since 2023 her uncle has touched her private parts and he still babysits on Saturdays.',
    'Maya told me this morning that Dean touched her private parts last night, and that he first did it when she was 5.',
  ])('a disclosure that is still happening, or happened recently, stays immediate (near miss): %s', (pastHarm) => {
    expect(queueOf(withFact(pastHarm))).toBe('immediate-risk');
  });
});

describe('routing: accidents, idioms, questions, service names and who holds care', () => {

  it.each([
    'On Thursday Maya grazed her knee and got a bruise on her shin when she fell in netball; this was an accident and we have no worries about it.',
    'Maya got a small cut on her finger from the scissors in art on Monday. I saw it happen and the first aider put a plaster on it.',
  ])('an injury the referrer saw happen, or says in their own words was an accident, is not immediate risk: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it.each([
    'On Monday I saw a bruise on Maya\'s cheek. Mum said it was an accident on the stairs.',
    'On Monday I saw a bruise on Maya\'s cheek; her stepdad told me it was an accident and I have no worries about him, he says.',
  ])('someone else calling an injury an accident does not make it one: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    'Dad hit the roof on Friday when he saw the school report, and took her phone away for a week.',
    'On Tuesday Maya hit her knee on the table leg at lunch and cried for a few minutes.',
    'I asked her on 3 March whether anyone at home hits her, and she said no, never.',
  ])('idioms, knocks and questions asked are not physical harm: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('an adult\'s injury in a statement that says the children were not hurt is domestic abuse, not an injury to the child', () => {
    const pastHarm = 'At 22:00 on Friday police saw a split lip on the woman at the address after her partner punched her; no injuries were seen on either child.';
    expect(queueOf(wellbeingWith(pastHarm, (r) => (r.assessmentType = 'child-protection')))).toBe('child-protection');
  });

  it.each([
    'Maya has type 1 diabetes. She has missed 3 diabetes clinic appointments since June and ran out of her insulin twice this month.',
    'Police found Maya (about 6) and her brother (about 4) on their own in the flat at 11pm on Saturday.',
    'On Sunday a neighbour saw Maya and her brother alone on the balcony of the third-floor flat at 9pm.',
  ])('neglect described in plain words is significant harm even when early help was ticked: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('child-protection');
  });

  it('a danger statement that is only a fear ("could be hit") does not raise an early-help referral', () => {
    const referral = wellbeingReferral((r) => (r.worried.futureDanger = ['We worry that if dad keeps losing his temper, Maya could be hit.']));
    expect(queueOf(referral)).toBe('early-help');
  });

  it.each([
    'At pick-up on Friday Maya begged me not to make her go back to her stepdad\'s house that night.',
    'Maya hid in the toilets at home time and said "please don\'t make me go back there tonight".',
  ])('a child begging not to be sent back is afraid to go home: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('immediate-risk');
  });

  it('the name of a tool or service ("the Neglect Screening Tool", "the DV worker") is not a description of harm', () => {
    const pastHarm = 'On 2 October I went through the Neglect Screening Tool with Laura, and the DV worker from the refuge came too. Maya has been late on 14 of 40 days since September.';
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('a child-in-care tick does not make a child looked after when the referral says they live with a special guardian', () => {
    const referral = wellbeingReferral((r) => {
      r.assessmentType = 'child-in-care';
      r.worried.complicatingFactors = ['Maya\'s nan has a special guardianship order, so Maya is not in the council\'s care.'];
    });
    expect(queueOf(referral)).toBe('early-help');
  });
});

describe('routing: who does it, idioms, closed allegations, and homes no child can be kept well in', () => {
  it.each([
    'On Friday Maya kicked the bedroom door and pushed her mum into the sofa when her phone was taken away.',
    'Laura told me on Monday she is thinking of kicking her out, and that she was shook up after the row on Sunday.',
  ])('what the child does to others, and idioms, are not harm to the child: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it.each([
    'On Friday Maya was pushed down the stairs by her mum\'s boyfriend, she told me.',
    "Maya told me: 'Daddy pushed mummy over in the kitchen and I hid behind the sofa.'",
  ])('harm done to the child, or in front of her, still counts: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('child-protection');
  });

  it('an old allegation that was looked into and found untrue is history, not harm', () => {
    const pastHarm =
      'In 2023 children\'s services looked into a report that Maya had been left alone at night; they found she had been at her nan\'s and closed it with no further action. Since September she has been late on 14 of 40 days.';
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it.each([
    'When I visited on Tuesday there were rat droppings on the kitchen table and the family was using a bucket as a toilet.',
    'On Sunday Maya came home and found her mum on the floor with an empty wine bottle and could not wake her; Maya rang 999.',
  ])('a home no child can be kept well in, or a carer who cannot be woken, is significant harm: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('child-protection');
  });

  it("an injury said to be on a named adult's body is domestic abuse, not an injury to the child", () => {
    const referral = wellbeingWith("At 23:10 on Saturday PC Khan saw a cut to Laura's lower lip after Dean punched her.", (r) => {
      r.household = [{ name: 'Laura Jones', relationship: 'mother', livesWithChild: true }];
    });
    expect(queueOf(referral)).toBe('child-protection');
  });

  it('with no past harm written, a specific fear is a worry without harm, and so is a vague one, flagged as too general to tell', () => {
    const specific = wellbeingReferral((r) => {
      r.assessmentType = undefined;
      r.worried = { futureDanger: ['We fear that Laura\'s new partner, released from prison in August, may start selling cannabis from the flat.'] };
    });
    const vague = wellbeingReferral((r) => {
      r.assessmentType = undefined;
      r.worried = { futureDanger: ['Concerns at home.'] };
    });
    expect(routeReferral(specific, { now: NOW }).reasons).toHaveLength(1);
    expect(queueOf(vague)).toBe('early-help');
    expect(routeReferral(vague, { now: NOW }).reasons[1]).toContain('too general to tell');
  });
});

describe('routing: handprints, and how children talk', () => {
  it('a handprint on a child is an injury', () => {
    expect(queueOf(wellbeingWith('At 9am on Tuesday I saw a red handprint on the back of Maya\'s thigh.'))).toBe('immediate-risk');
  });

  it('"I\'m starving" in a child\'s words is how children talk; children who are starving is neglect', () => {
    const talk = wellbeingReferral((r) => (r.childVoice = ['Maya said: "I\'m starving by the time I get to school, it\'s a long walk."']));
    expect(queueOf(talk)).toBe('early-help');
    expect(queueOf(wellbeingWith('When I visited on Monday the children were starving and there was nothing in the cupboards.'))).toBe('child-protection');
  });
});

describe('routing: negated lists and hedged labels', () => {
  it('"no bruises, marks or injuries anywhere" on a baby is no mark at all', () => {
    const referral = wellbeingWith('On Friday I checked the baby fully and she had no bruises, marks or injuries anywhere on her body.', (r) => {
      r.children[0].dateOfBirth = '2025-12-01';
    });
    expect(queueOf(referral)).toBe('early-help');
  });

  it('"early signs of neglect" is a hedge, not neglect described', () => {
    expect(queueOf(wellbeingWith('Since October Maya has come in wearing shoes two sizes too small; these are early signs of neglect.'))).toBe('early-help');
  });
});

describe('routing: everyday words for injuries, and whose injury it is', () => {
  it.each([
    "At 9am I saw a lump the size of a golf ball on the side of Maya's head; she said her stepdad banged her head on the door.",
    'On Monday Maya was limping; she told me her stepdad kicked her leg on Sunday night.',
    'In PE on Tuesday Maya could not lift her left arm; she said her stepdad twisted it behind her back.',
  ])('an injury in everyday words is immediate risk: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('immediate-risk');
  });

  it.each([
    "Maya's mum broke her leg falling down the stairs at work on 2 March, and Maya has been doing the shopping since.",
    'On 6 March Maya saw a car hit a cyclist outside school; the cyclist was bleeding until the ambulance came, and she has had nightmares since.',
    'On Tuesday Maya showed me a scratch on her arm; she and her dad both said the new puppy did it.',
    'Maya broke her wrist in a tackle at a school hockey match on 7 March, which I saw from the side of the pitch.',
  ])('an adult\'s accident, a stranger hurt, a pet\'s scratch or a sports injury the referrer saw is not harm to the child: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('"nobody hurts me" in the child\'s words turns round what follows', () => {
    expect(queueOf(wellbeingReferral((r) => (r.childVoice = ['Maya said: "Nobody hurts me, I\'m just tired."'])))).toBe('early-help');
  });

  it.each([
    'At pick-up on 2, 4 and 9 March I heard her dad call her "a useless idiot" and tell her "nobody wants you".',
    'On 3 March her dad told me her stepmum locked Maya, aged 9, in her bedroom without tea from after school until morning.',
    'On Saturday Maya and her brother came to the shop alone; their mum had gone out on Friday night, leaving Maya to look after her brother overnight.',
    'On 2 March neighbours rang while it was happening and I heard Maya\'s dad screaming that he would kill her mum.',
  ])('emotional abuse, neglect and threats described in plain words are significant harm: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('child-protection');
  });

  it('walking home alone is not being home alone', () => {
    expect(queueOf(wellbeingWith('Maya, aged 12, has walked home alone in the dark after drama club on four evenings since 1 March, which her teacher saw.'))).toBe('early-help');
  });
});

describe('routing: new and old disclosures, one-off events, and care that is history', () => {
  it.each([
    'At 10:50 on Friday Maya told her class teacher, Mr Okafor, that when she was 6 her uncle touched her private parts at his caravan in the summer of 2022; she said it is the first time she has told anyone.',
    'On 8 January Maya told PC Fenwick in a recorded interview that a man she calls Kez had sex with her at his flat twice in October 2025.',
  ])('a child telling anyone now, however long ago the abuse was, is a new disclosure: immediate risk: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('immediate-risk');
  });

  it('a disclosure made years ago, dealt with by a conviction, is history: the worry today decides', () => {
    const referral = wellbeingReferral((r) => {
      r.worried.complicatingFactors = [
        "Maya told a teacher in March 2022 that her mum's former partner touched her sexually. Police investigated, he was convicted in 2023 and has had no contact with Maya since.",
      ];
    });
    expect(queueOf(referral)).toBe('early-help');
  });

  it('an allegation years ago that ended with no further action is history, and "low-level" is a hedge', () => {
    const referral = wellbeingReferral((r) => {
      r.worried.complicatingFactors = ['In 03/2023 Maya told a teacher her mum had slapped her. Police looked into it and it was NFA. Low-level neglect since.'];
    });
    expect(queueOf(referral)).toBe('early-help');
  });

  it.each([
    'At 23:40 on 4 January a neighbour rang 101 about shouting; Laura and Dean had argued about money and Dean threw a mug at the kitchen wall. Maya was asleep upstairs. This is the first time police have been called to the address.',
    'At 20:00 on 9 January Laura rang police because Maya had not come home from the park; PC Singh found her at a friend\'s house at 21:15. This is the first time Maya has been reported missing.',
    'At 19:50 on 6 January a group of boys threw stones at a bus on Fabian Road and cracked a window; Maya told PC Mills she threw two of them.',
  ])('a first police call-out, a first missing evening and stones thrown at a bus are not significant harm: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('not wanting to go home is not fear when the child says she is not scared', () => {
    const pastHarm = 'At 15:15 on 7 January Mr Reed found Maya crying; she did not want to go home because Laura and Dean argue every evening. Maya said: "I\'m not scared of them, it\'s just sad and loud."';
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('blood on an adult\'s clothes, with the children checked and unhurt, is domestic abuse, not an injury to the child', () => {
    const pastHarm = "At 22:05 on 8 January PC Ahmed saw a split lip and blood on Laura's top; Laura told him Dean punched her while Maya watched. PC Ahmed checked Maya and saw no injuries.";
    expect(queueOf(wellbeingWith(pastHarm))).toBe('child-protection');
  });

  it('a parent who grew up in care, or a child whose care order has ended, is not a looked-after child', () => {
    const parentInCare = wellbeingReferral((r) => (r.worried.complicatingFactors = ['Laura grew up in foster care and is supported by the leaving care team.']));
    const careEnded = wellbeingReferral((r) => {
      r.worried.complicatingFactors = ['Maya lived with foster carers from March 2023 until June 2024, and came home to Laura for good when the court order ended.'];
      r.worried.futureDanger = ['Maya lies awake worrying she will have to go back to foster care.'];
    });
    expect(queueOf(parentInCare)).toBe('early-help');
    expect(queueOf(careEnded)).toBe('early-help');
  });

  it('a child who is in foster care now is still looked after', () => {
    expect(queueOf(wellbeingReferral((r) => (r.worried.complicatingFactors = ['Maya has lived with foster carers since March under a care order.'])))).toBe('child-in-care');
  });
});

describe('routing: boundaries a single detail decides, and hurried lower-case writing', () => {
  it.each([
    ['At 9:20am Maya told me a doctor at the hospital looked at her private parts on Saturday because they were sore, and Laura held her hand.', 'early-help'],
    ['At 9:20am Maya told me Dean looked at her private parts on Saturday when she was in the bath, and told her not to tell.', 'immediate-risk'],
  ])('a doctor examining a child is not abuse; the same words about a household adult are: %s', (pastHarm, queue) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe(queue);
  });

  it('a child who pushed another boy over has not been harmed', () => {
    expect(queueOf(wellbeingWith('Since 7 September Maya has been in four fights; on 19 November, when he called her mum names, she pushed another boy over.'))).toBe('early-help');
  });

  it.each([
    'I heard Dean call Maya stupid and useless in front of other parents at pick-up on 3, 10 and 17 November.',
    'On 19 November Maya arrived at 8am soaked with urine for the third day running, and at our visit there was dog mess on her bedroom floor.',
    'Laura came to collect Maya smelling of alcohol and slurring every Friday since 30 October; I saw this each time.',
  ])('emotional abuse and neglect in plain words are significant harm: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('child-protection');
  });

  it.each([
    'At 10:30pm on 8 November PCSO Hayes found Maya, 13, in the park unsteady on her feet and slurring after drinking vodka with friends; she said it was the first time.',
    'Maya has soiled herself at school 3 times since half term and cries before school; Laura says her tummy hurts.',
    'Our sign-in book shows Maya arrived after 10am on 6 days since 1 November, still in her nappy from the night before on 4 of them.',
  ])('a teenager drunk, a child soiling, a child left in her nappy are not the harm the words sound like: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it.each([
    'tonight at approx 8.15 maya came into the office crying and said "i dont want to go home hes gonna kill me", meaning dean.',
    'At 3:10pm the taxi came to take Maya back to the children\'s home and she told me: "I\'m scared to go back there tonight."',
  ])('a child afraid to go back, however it is typed, is immediate risk: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('immediate-risk');
  });

  it('a care order the court has ended is history: the harm decides', () => {
    const referral = wellbeingReferral((r) => {
      r.worried.complicatingFactors = ['Maya lived with foster carers from January to July 2025; in July the court ended the care order.'];
    });
    expect(queueOf(referral)).toBe('early-help');
  });

  it('a disclosure years ago that ended with him being sent to prison is history', () => {
    const referral = wellbeingReferral((r) => {
      r.worried.complicatingFactors = ['When Maya was 6 her former stepdad touched her private parts; she told the police in 2021 and he was sent to prison in 2022.'];
    });
    expect(queueOf(referral)).toBe('early-help');
  });
});

describe('routing: who is in care, surnames, and what a bottle is', () => {
  it.each([
    ['Laura was in foster care herself from age 9 until she was 18 and has no family to ask for help.', 'early-help'],
    ["Since Maya's brother Kyle went into foster care on 14 September, Maya has cried in class on four afternoons.", 'early-help'],
    ['Maya is in foster care under an interim care order, and has been since March.', 'child-in-care'],
  ])('being in care counts only when it is one of the children: %s', (statement, queue) => {
    const referral = wellbeingReferral((r) => {
      r.household = [...(r.household ?? []), { name: 'Kyle Reed', relationship: 'brother, aged 14, in foster care' }];
      r.worried.complicatingFactors = [statement];
    });
    expect(queueOf(referral)).toBe(queue);
  });

  it('a private fostering arrangement is not care', () => {
    const referral = wellbeingReferral((r) => {
      r.household = [{ name: 'Helen Hart', relationship: "private foster carer (friend's mother)" }];
      r.worried.complicatingFactors = ["Maya has lived with her friend's family since September while her mum is in hospital; the Harts told the council, as the law asks."];
    });
    expect(queueOf(referral)).toBe('early-help');
  });

  it('a carer in the household does not make the child looked after when the referral says she is not in care', () => {
    const referral = wellbeingReferral((r) => {
      r.household = [{ name: 'Angela Price', relationship: "parent-and-baby foster carer (Laura's foster carer)" }];
      r.worried.complicatingFactors = ['Laura is 17 and in care; Maya herself is not in care and there is no court order for her.'];
    });
    expect(queueOf(referral)).toBe('early-help');
  });

  it('a surname is not an injury: "found by our caretaker, Mr Burns"', () => {
    expect(queueOf(wellbeingWith('At 2:15pm on 19 November Maya climbed the school fence and was found by our caretaker, Mr Burns, 200 metres away.'))).toBe('early-help');
  });

  it.each([
    'On 9 November Maya locked herself in the bathroom from 7:30am to 10am and would not come out.',
    'At my visit on 10 November at 11am the twins were still in their cots with empty bottles, and Laura had gone back to bed after their 6am feed.',
  ])('a child locking herself in, or a baby\'s empty bottle, is not abuse or drink: %s', (pastHarm) => {
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('empty vodka bottles in the recycling are a sign of drink', () => {
    expect(queueOf(wellbeingWith('On 1 March Laura told me she had seen empty vodka bottles in Dean\'s bin, and Maya has been collected late on 5 of 20 days.'))).toBe('child-protection');
  });
});

describe('routing: lists denied, belt marks, and threats', () => {
  it('"nobody was pushed, hit or threatened" denies every item', () => {
    const pastHarm = 'At 12:20am on 20 November I attended after Laura rang 999; she and Dean had been shouting about money. Both told me nobody was pushed, hit or threatened, and Maya was asleep upstairs.';
    expect(queueOf(wellbeingWith(pastHarm))).toBe('early-help');
  });

  it('red raised lines across a child\'s thigh are an injury', () => {
    const pastHarm = "At 9:20am today I saw two red raised lines, each about 8cm long, across the back of Maya's thigh; she said Dean hit her with his belt on Saturday.";
    expect(queueOf(wellbeingWith(pastHarm))).toBe('immediate-risk');
  });

  it('"he\'ll burn us" is a threat (child protection), not a burn', () => {
    const referral = wellbeingReferral((r) => {
      r.worried.pastHarm = ["Laura told me on 17 November that Dean has threatened to 'burn the house down with you all in it' three times since September."];
      r.childVoice = ['Maya said: "Dean said he\'ll burn us. Don\'t let him in."'];
    });
    expect(queueOf(referral)).not.toBe('immediate-risk');
  });
});

describe('routing: significant harm in the words of drug services, midwives and police, with no tick to lean on', () => {
  const untickedWith = (pastHarm: string) => wellbeingWith(pastHarm, (r) => delete r.assessmentType);
  it.each([
    'At my visit on 18 November at 2pm I saw a used needle and a burnt spoon on the sofa, within Maya\'s reach.',
    'Laura told me she had smoked heroin at 7am that morning while Maya was asleep in the flat.',
    "Laura's urine tested positive for cocaine three times in this pregnancy, and the baby has shown withdrawal symptoms since birth.",
    'At 10:05am on 17 November I smelled alcohol on Laura\'s breath and her speech was slurred. Our receptionist saw her drive into the car park with Maya in the back seat.',
    'Laura told me that at 1am on 18 November Dean put both hands around her neck and squeezed until she could not breathe, while Maya slept next door.',
    "At 01:12 on 3 November Dean sent Laura a text saying 'I'll kill you and the kids before I let you keep them'.",
    'Laura told me on 19 November that Dean checks her phone every night and controls all the money, and won\'t let her see her friends.',
    'On 12 November Maya told me Dean pinned her face down on the floor for ten minutes until she stopped crying.',
    'Laura has missed 4 doses of Maya\'s epilepsy medicine since 2 November, which the pharmacy records show.',
    'On 19 November Maya showed me messages from a man she met in a game who has sent her videos of people being beheaded.',
    'On 14 November Maya was robbed at knifepoint on the way home and told me she owes a drug debt to older boys.',
    "On Saturday Dean made Maya stand outside in the garden in the rain for an hour as a punishment.",
  ])('is significant harm without a child-protection tick: %s', (pastHarm) => {
    expect(queueOf(untickedWith(pastHarm))).toBe('child-protection');
  });

  it('boys at school taking a child\'s phone is bullying, not coercive control', () => {
    expect(queueOf(untickedWith('Since 2 November a group of Year 8 boys have called Maya names and taken her phone; I saw them on 17 November.'))).toBe('early-help');
  });
});
