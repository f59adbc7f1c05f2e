/**
 * The plan speaks the organisation's language (issue 17): roles follow the size of the team,
 * industry words follow the industry, compliance reviews follow the rules on targeting, and
 * partners hear from the plan only where the organisation sells through them.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../../../src/content-model/load-from-disk.ts';
import { namedTerms, termMatchers } from '../../../../src/content-model/integrity/terms.ts';
import { buildPlan } from '../../../../src/engine/build-plan.ts';
import type { Plan, RolloutPhasePlan } from '../../../../src/schema/plan/index.ts';
import { caseDocument, loadCases } from '../../../support/expert-cases.ts';
import { PROJECT_ROOT, realContent, realPlan } from '../support/real-content.ts';

function phase(p: Plan, id: string): RolloutPhasePlan {
  const found = p.rollout.phases.find((candidate) => candidate.phaseId === id);
  if (found === undefined) throw new Error(`no phase ${id}`);
  return found;
}

/** Every line of a phase, owner included. */
const phaseText = (p: RolloutPhasePlan): string =>
  [p.owner, ...p.audiences, ...p.messages, ...p.materials, ...p.activities, ...p.deliverables, ...p.exitCriteria].join(
    '\n',
  );

/** Every string in a value, with its path, leaving out the parts at the given keys. */
function strings(value: unknown, skip: ReadonlySet<string>, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, skip, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (skip.has(k) ? [] : strings(v, skip, `${path}.${k}`)));
  return [];
}

/** The expert case's plan, without the respondent's notes (their own words, not the plan's). */
function casePlan(file: string): Plan {
  const found = loadCases().find((c) => c.file === file);
  if (found === undefined) throw new Error(`no case ${file}`);
  return buildPlan(realContent(), { ...caseDocument(found), notes: {} });
}

describe('roles that scale with the team', () => {
  // The catalogue's words: the answers quoted as evidence are the organisation's own, and the ids and
  // topics of questions (such as rollout.cascade, "the manager cascade") are the questionnaire's.
  const skip = new Set([
    ...['meta', 'answerSheet', 'answerLabels', 'prompt', 'fromLabels', 'toLabels', 'setAside'],
    ...['ruleId', 'questionId', 'questionIds', 'topic'],
  ]);
  const hierarchy = /\b(district|regional|VP Sales|vice president|cascade)/i;

  it('gives a 3-rep start-up no district or regional managers, no VP Sales and no manager cascade', () => {
    const fieldStartup = realPlan({
      'organisation.industry': 'software',
      'organisation.route': ['field'],
      'segment-count.reps': 3,
      'rollout.pilot': 'pilot',
    });
    // EC-09: two founders and one account executive, selling by phone and video.
    const insideStartup = casePlan('ec-09-startup.json');
    for (const plan of [fieldStartup, insideStartup]) {
      const found = strings(plan, skip).filter(([, text]) => hierarchy.test(text));
      expect(found).toEqual([]);
      expect(phase(plan, 'mobilise').owner).toMatch(/founder/i);
      expect(phase(plan, 'enable-and-launch').activities).toContain(
        'Brief the whole team together in one session, then walk each rep through their own accounts',
      );
    }
  });

  it('keeps the regional cascade for a large field force, and a generic one when the size is not given', () => {
    const large = realPlan({ 'organisation.route': ['field'], 'segment-count.reps': 120 });
    expect(phase(large, 'enable-and-launch').audiences[0]).toBe('Regional and first-line sales managers (first)');
    expect(phase(large, 'mobilise').owner).toMatch(/VP Sales/);
    const unknown = realPlan({});
    expect(phase(unknown, 'enable-and-launch').audiences[0]).toBe('Sales managers (first)');
    expect(phaseText(phase(unknown, 'enable-and-launch'))).not.toMatch(/regional|district|founder/i);
    // Ten reps or fewer: a head of sales, and no managers to brief first.
    const small = realPlan({ 'organisation.route': ['field'], 'segment-count.reps': 8 });
    expect(phase(small, 'enable-and-launch').owner).toBe('The head of sales, who briefs the whole team together');
    expect(phaseText(phase(small, 'enable-and-launch'))).not.toMatch(/managers \(first\)|cascade|founder/i);
  });
});

describe('industry words', () => {
  const terms = loadContentFromDisk(PROJECT_ROOT).files?.terms.data;
  if (terms === undefined) throw new Error('the content does not load');
  const industries = new Map(loadCases().map((c) => [c.file, caseDocument(c).answers['organisation.industry']]));

  it.each(
    loadCases()
      .map((c) => c.file)
      .filter((file) => !['pharma', 'medtech'].includes(String(industries.get(file)))),
  )('names no pharma or medtech term anywhere in the plan for %s', (file) => {
    const industry = String(industries.get(file));
    const foreign = termMatchers(terms.terms.filter((t) => !t.industries.includes(industry)));
    // meta is the respondent's own header; sources are the cited works' titles, quoted as published.
    const found = strings(casePlan(file), new Set(['meta', 'sources'])).flatMap(([path, text]) =>
      namedTerms(text, foreign).map((t) => `${path}: ${t.term}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('speaks pharma to pharma: HCP-level data, prescribers and Veeva where the industry uses them', () => {
    const answers = { 'systems.in-use': ['crm', 'call-planning', 'data-warehouse-mdm'] };
    const pharma = realPlan({ ...answers, 'organisation.industry': 'pharma' });
    const bank = realPlan({ ...answers, 'organisation.industry': 'financial' });
    const text = (p: Plan) => JSON.stringify(p.systems);
    expect(text(pharma)).toMatch(/HCP/);
    expect(text(pharma)).toMatch(/Veeva/);
    expect(text(bank)).not.toMatch(/HCP|Veeva|prescriber/);
    expect(text(bank)).toMatch(/client, connected-client group or parent/);
  });
});

describe('compliance reviews follow the rules on targeting', () => {
  it('gives a pharma plan with promotion codes the medical, legal and regulatory review', () => {
    const oncology = casePlan('ec-06-specialty-oncology.json');
    expect(phase(oncology, 'mobilise').audiences).toContain(
      'Medical, legal and regulatory (MLR) reviewers, who approve segment-based messages, materials and call incentives',
    );
    expect(phase(oncology, 'enable-and-launch').exitCriteria).toContain(
      'Medical, legal and regulatory (MLR) review has approved every segment message, sales play and call incentive before reps use them',
    );

    const answers = { 'organisation.regulation': ['promotion-codes'], 'rollout.compliance': 'not-involved' };
    const pharma = realPlan({ ...answers, 'organisation.industry': 'pharma' });
    expect(phase(pharma, 'mobilise').activities).toContain(
      'Book the medical, legal and regulatory (MLR) review of segment messages, materials and call-plan incentives, with dates that leave time to revise before launch',
    );
    // The same rule outside healthcare: a legal and compliance review, in everyday words.
    const goods = realPlan({ ...answers, 'organisation.industry': 'consumer-goods' });
    expect(phase(goods, 'mobilise').activities).toContain(
      'Book the legal and compliance review of segment messages and incentives against the promotion code',
    );
    expect(JSON.stringify(goods.rollout)).not.toMatch(/MLR|medical, legal/i);
  });

  it('books suitability and data-protection reviews where those rules apply, and none where no rule does', () => {
    const bank = realPlan({
      'organisation.industry': 'financial',
      'organisation.regulation': ['conduct-suitability', 'privacy-consent'],
    });
    const audiences = phase(bank, 'mobilise').audiences.join('\n');
    expect(audiences).toMatch(/suitability and fair value/);
    expect(audiences).toMatch(/data-protection officer/);
    expect(audiences).not.toMatch(/promotion code|MLR/);

    const free = realPlan({ 'organisation.industry': 'industrial', 'organisation.regulation': ['none'] });
    expect(JSON.stringify(free.rollout)).not.toMatch(/compliance|data-protection|suitability|legal/i);
  });
});

describe('partners', () => {
  it('speaks to the distributors and dealers of a distributor-led plan, and to no partner otherwise', () => {
    // EC-03: seed and crop protection sold through 600 dealer locations.
    const dealers = casePlan('ec-03-agricultural-inputs.json');
    expect(phase(dealers, 'mobilise').audiences).toContain(
      'Channel managers, and the owners or sales managers of your largest distributors and dealers',
    );
    const launch = phase(dealers, 'enable-and-launch');
    expect(launch.audiences).toContain("Distributors' and dealers' sales managers, who brief their own reps");
    expect(launch.materials.join('\n')).toMatch(/Partner kit/);
    // The organisation answered that competition law leaves resale prices to the dealers.
    expect(launch.messages.join('\n')).toMatch(/your resale prices stay your own decision/);
    expect(phase(dealers, 'design-and-data').activities.join('\n')).toMatch(/sell-out feed with each distributor/);

    const direct = realPlan({ 'organisation.route': ['field', 'digital'] });
    for (const p of direct.rollout.phases)
      expect(phaseText(p), p.phaseId).not.toMatch(/partner|distributor|dealer|broker/i);
  });

  it('calls brokers and agents by their name', () => {
    const brokers = realPlan({ 'organisation.route': ['field', 'agents'] });
    expect(phase(brokers, 'enable-and-launch').audiences).toContain(
      "Broker and agent firms' principals, who brief their own advisers",
    );
    expect(phaseText(phase(brokers, 'enable-and-launch'))).not.toMatch(/distributor|dealer/i);
  });
});
