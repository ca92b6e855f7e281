// Progressive enhancement for the referral form: the words follow the assessment type, and First Contact's
// questions appear beside the statements while the referrer types (the same dry-run check the server uses).
// Without JavaScript the form works the same way, through the "check your referral" page.
const form = document.getElementById('referral-form');

if (form) {
  const termsEl = document.getElementById('sri-terms');
  const terms = termsEl ? JSON.parse(termsEl.textContent || '{}') : {};
  const value = (name) => {
    const el = form.elements.namedItem(name);
    if (!el) return '';
    if (el instanceof RadioNodeList) return el.value || '';
    return (el.value || '').trim();
  };
  const lines = (name) =>
    value(name)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);

  const updateTerms = () => {
    const t = terms[value('assessmentType') || 'child-protection'];
    if (!t) return;
    for (const el of form.querySelectorAll('[data-term]')) el.textContent = t[el.dataset.term] ?? el.textContent;
  };
  form.addEventListener('change', (e) => {
    if (e.target && e.target.name === 'assessmentType') updateTerms();
  });

  const fieldsEl = document.getElementById('sri-statement-fields');
  // [field id, column, section] for each statement box, from the server's own map (web/referralForm.ts)
  const STATEMENTS = fieldsEl ? JSON.parse(fieldsEl.textContent || '[]') : [];
  const yesNo = (name) => (value(name) === 'yes' ? true : value(name) === 'no' ? false : undefined);

  // Only what the check reads: the referrer's own details cannot change a finding, so stand-ins keep it valid.
  const build = () => {
    const body = {
      referrer: { name: 'Referrer', organisation: 'Organisation', agency: value('referrer-agency') || 'other', email: 'referrer@example.org' },
      children: [],
      worried: {},
    };
    const type = value('assessmentType');
    if (type) body.assessmentType = type;
    const risk = yesNo('immediateRisk');
    if (risk !== undefined) body.immediateRisk = risk;
    const count = Number(value('childCount')) || 1;
    const rows = [];
    for (let i = 0; i < count; i++) {
      const p = `child-${i}-`;
      const first = value(p + 'firstName');
      if (i > 0 && !first && !value(p + 'address') && !value(p + 'postcode')) continue;
      const child = { firstName: first.slice(0, 200) || 'the child' };
      const [d, m, y] = [value(p + 'dob-day'), value(p + 'dob-month'), value(p + 'dob-year')];
      if (/^\d{1,2}$/.test(d) && /^\d{1,2}$/.test(m) && /^\d{4}$/.test(y)) {
        const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
        const date = new Date(`${iso}T00:00:00Z`);
        if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) && date.getTime() <= Date.now()) child.dateOfBirth = iso;
      }
      const age = value(p + 'estimatedAge');
      if (/^\d{1,2}$/.test(age) && Number(age) <= 25) child.estimatedAge = Number(age);
      if (value(p + 'address')) child.address = value(p + 'address').slice(0, 200);
      if (value(p + 'postcode')) child.postcode = value(p + 'postcode').slice(0, 200);
      body.children.push(child);
      rows.push(i);
    }
    const consent = {};
    if (yesNo('consent-parentsAware') !== undefined) consent.parentsAware = yesNo('consent-parentsAware');
    if (yesNo('consent-consentGiven') !== undefined) consent.consentGiven = yesNo('consent-consentGiven');
    if (value('consent-reasonIfNot')) consent.reasonIfNot = value('consent-reasonIfNot').slice(0, 4000);
    if (Object.keys(consent).length) body.consent = consent;
    for (const [id, column, key] of STATEMENTS) {
      const list = lines(id).map((s) => s.slice(0, 4000)).slice(0, 30);
      if (list.length) (body[column] ??= {})[key] = list;
    }
    const voice = lines('childVoice').map((s) => s.slice(0, 4000)).slice(0, 30);
    if (voice.length) body.childVoice = voice;
    const score = value('scaling-score');
    if (/^(10|[0-9])$/.test(score)) {
      body.scaling = { score: Number(score) };
      if (value('scaling-rationale')) body.scaling.rationale = value('scaling-rationale').slice(0, 4000);
    }
    return { body, rows };
  };

  // The same placement as the server's (src/web/referralForm.ts promptFor).
  const place = (finding, body, rows) => {
    const parts = finding.path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
    const [a, b, c] = parts;
    if ((a === 'worried' || a === 'workingWell' || a === 'needsToHappen') && b) {
      const list = body[a] && body[a][b];
      return { box: `${a}-${b}`, quote: c !== undefined && list ? list[Number(c)] : undefined };
    }
    if (a === 'worried') return { box: 'worried-pastHarm' };
    if (a === 'workingWell') return { box: 'workingWell-strengths' };
    if (a === 'needsToHappen') return { box: 'needsToHappen-goals' };
    if (a === 'childVoice') return { box: 'childVoice', quote: b !== undefined && body.childVoice ? body.childVoice[Number(b)] : undefined };
    if (a === 'scaling') return { box: 'scaling' };
    if (a === 'consent') return { box: 'consent' };
    if (a === 'children') return { box: `child-${rows[Number(b) || 0] ?? 0}` };
    if (a === 'household') return { box: 'household' };
    if (a === 'referrer') return { box: 'referrer' };
    return { box: 'worried-pastHarm' };
  };

  const show = (findings, body, rows) => {
    const boxes = {};
    for (const f of findings) {
      const { box, quote } = place(f, body, rows);
      const groups = (boxes[box] ??= []);
      let group = groups.find((g) => g.quote === quote);
      if (!group) groups.push((group = { quote, questions: [] }));
      const question = f.question || f.message;
      if (!group.questions.includes(question)) group.questions.push(question);
    }
    for (const container of form.querySelectorAll('.sri-prompts')) {
      const box = container.id.replace(/-prompts$/, '');
      const items = boxes[box] || [];
      const key = JSON.stringify(items);
      if (container.dataset.shown === key) continue;
      container.dataset.shown = key;
      container.replaceChildren(
        ...items.map((item) => {
          const div = document.createElement('div');
          div.className = 'sri-prompt';
          if (item.quote) {
            const p = document.createElement('p');
            p.className = 'govuk-body-s';
            const span = document.createElement('span');
            span.className = 'sri-prompt__quote';
            span.textContent = `"${item.quote.length > 160 ? `${item.quote.slice(0, 157)}...` : item.quote}"`;
            p.append('About ', span, ':');
            div.append(p);
          }
          const list = document.createElement('ul');
          list.className = 'govuk-list govuk-body-s sri-prompt__questions';
          for (const question of item.questions) {
            const li = document.createElement('li');
            li.textContent = question;
            list.append(li);
          }
          div.append(list);
          return div;
        }),
      );
    }
  };

  let timer;
  let latest = 0;
  const check = async () => {
    const { body, rows } = build();
    const hasWorry = Object.values(body.worried).some((l) => l.length);
    if (!hasWorry) return;
    const mine = ++latest;
    try {
      const res = await fetch('/api/v1/referrals/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        credentials: 'omit',
      });
      if (!res.ok || mine !== latest) return;
      const result = await res.json();
      if (mine === latest) show(result.findings || [], body, rows);
    } catch {
      // Offline or the check is busy: the check page will still show the questions.
    }
  };
  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  });
  form.addEventListener('change', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 700);
  });
}
