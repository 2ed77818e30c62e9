/**
 * One opinion's life in the demo year, played step by step through the real handlers: the
 * script yields the moment of its next step and the replay (replay.ts) resumes it there with
 * the clock set to that moment. Who acts is whoever would: the resident, the station's staff,
 * the deputy who holds the case now (routing, staff or a hand-over may have changed who).
 */
import { isStaffOnly, type CasePlan, type RatingValue } from './case-plan';
import { demoPhoto } from './photo';
import { Rng } from './prng';
import { REOPEN_RESULTS, HANDOVER_REASONS, RATING_COMMENTS, STAFF_ENTRY_NOTES, WITHDRAW_REASONS } from './texts-notes';
import { afterDays, afterHours, afterWorkingDays, awake, type Window } from './timing';
import { deputyOpenid, STAFF_OF, type World } from './world';

export type Steps = AsyncGenerator<Date, void, undefined>;

const DAY = 86_400_000;

export async function* opinionCase(w: World, c: CasePlan): Steps {
  const rng = Rng.from(`demo-year:case:${c.key}`);
  /** The next step: working days apart, or (brisk) within a day or so. */
  const after = (min: number, max: number, window: Window) =>
    c.pace === 'brisk' ? afterDays(w.now(), rng, 0, 1, window) : afterWorkingDays(w.now(), rng, min, max, window);

  const id = await submit(w, c, rng);
  const staff = STAFF_OF[c.station];
  let owner = c.channel === 'qr' ? c.resident : undefined;

  if (w.opinion(id).status === 'held') {
    if (c.stopAt === 'held') return;
    yield after(0, 1, 'desk');
    await w.call('staff', 'release', { id }, staff);
  }
  if (c.claims && c.resident) {
    yield afterDays(w.now(), rng, 0, 3, 'day');
    await w.agree(c.resident);
    await w.call('opinion', 'claim', { trackingNo: w.opinion(id).trackingNo, phone: c.phone! }, c.resident);
    owner = c.resident;
  }
  if (c.withdraw && owner) {
    yield awake(afterHours(w.now(), rng, 1, 20), rng);
    await w.call('opinion', 'withdraw', { id, reason: rng.pick(WITHDRAW_REASONS) }, owner);
    return;
  }
  if (isStaffOnly(c.problem)) {
    if (c.stopAt === 'triage') return;
    yield after(0, 2, 'office');
    await w.call('staff', 'reject', { id, reason: c.problem.rejectReason }, staff);
    return;
  }
  if (w.opinion(id).status === 'triage') {
    if (c.stopAt === 'triage') return;
    yield after(0, 1, 'desk');
    await w.call('staff', 'assign', { id, deputyId: w.deputyForTriage(c.station, c.problem.category) }, staff);
  }
  const holder = () => deputyOpenid(w.opinion(id).assigneeDeputyId!);
  const problem = c.problem;

  // 受理: on time, or (a few in the past) after the deadline, chased meanwhile.
  if (c.stopAt === 'assigned') {
    yield* chase(w, rng, id, owner, c.chases);
    return;
  }
  const acceptAt = c.acceptLate ? afterWorkingDays(w.now(), rng, 4, 6, 'deputy') : after(0, 2, 'deputy');
  if (c.acceptLate) yield* chase(w, rng, id, owner, 1, acceptAt);
  yield acceptAt;
  await w.call('deputy', 'accept', { id }, holder());

  if (c.handover) {
    const from = w.opinion(id).assigneeDeputyId;
    // To a colleague at the station whose 关注领域 fits; without one the deputy keeps it.
    const to = w.deputiesAt(c.station).find((d) => d._id !== from && d.specialties.includes(problem.category));
    if (to) {
      yield after(0, 1, 'deputy');
      await w.call('deputy', 'handover', { id, toDeputyId: to._id, reason: rng.pick(HANDOVER_REASONS) }, holder());
    }
  }
  if (c.stopAt === 'accepted') {
    yield* chase(w, rng, id, owner, c.chases);
    return;
  }

  const forwardTo = problem.forward && w.department(problem.forward.to, c.station);
  const route = c.route === 'forward' && !forwardTo ? 'reply' : c.route;
  if (route === 'need-info') {
    yield after(0, 2, 'deputy');
    await w.call('deputy', 'needInfo', { id, question: problem.question }, holder());
    if (c.stopAt === 'need_info' || !owner) return;
    yield afterDays(w.now(), rng, 0, 3, 'day');
    const photos = rng.chance(0.2) ? [await w.upload(owner, demoPhoto(rng))] : [];
    await w.call('opinion', 'addInfo', { id, text: problem.addition, photos }, owner);
    if (photos.length) await w.settle();
    if (c.stopAt === 'info-added') return;
  }
  if (route === 'forward') {
    yield after(1, 3, 'deputy');
    await w.call('deputy', 'forward', { id, departmentId: forwardTo!, note: problem.forward!.note }, holder());
    if (c.stopAt === 'forwarded') return;
    yield after(3, 7, 'office');
    await w.call('deputy', 'departmentAnswer', { id, text: problem.forward!.answer }, holder());
    if (c.stopAt === 'answered') return;
  }
  if (route === 'reply' || route === 'need-info' || route === 'late' || c.stopAt === 'replied') {
    yield route === 'late' ? afterWorkingDays(w.now(), rng, 3, 6, 'deputy') : after(1, 4, 'deputy');
    await w.call('deputy', 'reply', { id, text: problem.reply }, holder());
    if (c.stopAt === 'replied') {
      yield* chase(w, rng, id, owner, c.chases);
      return;
    }
  }

  // 办结: the usual outcome, or the other one for about one case in five.
  const result = problem.results.length > 1 && rng.chance(0.2) ? problem.results[1] : problem.results[0];
  const resolveAt = route === 'late' ? afterWorkingDays(w.now(), rng, 12, 16, 'deputy') : after(2, 8, 'deputy');
  if (route === 'late') yield* chase(w, rng, id, owner, rng.int(1, 2), resolveAt);
  yield resolveAt;
  await w.call('deputy', 'resolve', { id, kind: result.kind, text: result.text }, holder());
  if (c.stopAt === 'resolved') return;

  // 评价: in the app by the resident, by phone through staff (回访), or nobody (closed after 15 days).
  const final = yield* rate(w, c, rng, id, owner, holder);
  const story = `${c.station}:${problem.key}`;
  if (c.publish && c.consentPublish && !isStaffOnly(problem) && problem.showcase && final && final !== 'unsatisfied' && !w.published.has(story)) {
    w.published.add(story);
    yield afterWorkingDays(w.now(), rng, 1, 5, 'office');
    await w.call('staff', 'publish', { id, title: problem.showcase.title, summary: problem.showcase.summary }, staff);
  }
}

/** The opinion comes in: written in the app by the resident, or entered by staff for a walk-in, call, letter or visit. */
export async function submit(w: World, c: CasePlan, rng: Rng): Promise<string> {
  const requestId = `demo-year-${c.key}`;
  if (c.channel !== 'qr') {
    const entered = await w.call(
      'staff',
      'enter',
      {
        stationCode: c.station,
        channel: c.channel,
        category: c.problem.category,
        scope: c.scope,
        text: `${STAFF_ENTRY_NOTES[c.channel]}${c.text}`,
        ...(c.phone ? { phone: c.phone } : {}),
        anonymous: c.anonymous,
        consentPublish: c.consentPublish,
        residentInformed: true,
        requestId,
      },
      STAFF_OF[c.station],
    );
    w.counts.opinions++;
    return entered.id;
  }
  const resident = c.resident!;
  await w.agree(resident);
  const photos: string[] = [];
  for (let i = 0; i < c.photos; i++) photos.push(await w.upload(resident, demoPhoto(rng)));
  if (c.photoReview) w.runtime.contentSecurity.setNextMediaVerdicts(photos.map(() => 'review'));
  // In the submit tap, before the request: the progress notifications (one credit each).
  if (c.subscribes) {
    await w.consent(resident, ['opinion_progress', 'opinion_result']);
  }
  const sent = await w.call(
    'opinion',
    'submit',
    {
      stationCode: c.station,
      category: c.problem.category,
      scope: c.scope,
      text: c.text,
      anonymous: c.anonymous,
      ...(c.phone ? { phone: c.phone } : {}),
      allowContact: c.allowContact,
      consentPublish: c.consentPublish,
      ...(c.chosenDeputyId ? { chosenDeputyId: c.chosenDeputyId } : {}),
      photos,
      ...(c.place ? { place: c.place } : {}),
      requestId,
    },
    resident,
  );
  if (photos.length) await w.settle();
  w.counts.opinions++;
  return sent.id;
}

/**
 * Chases once a deadline has passed and again 3 days after each (PRODUCT.md), up to `count`,
 * before `until` (the step that ends the wait). Only a resident with the app chases.
 */
async function* chase(w: World, rng: Rng, id: string, owner: string | undefined, count: number, until?: Date): AsyncGenerator<Date, void, undefined> {
  if (!owner) return;
  for (let i = 0; i < count; i++) {
    const doc = w.opinion(id);
    if (!doc.nextDueAt) return;
    const due = new Date(doc.nextDueAt).getTime();
    const from = Math.max(due, doc.lastChasedAt ? new Date(doc.lastChasedAt).getTime() + 3 * DAY : 0);
    const at = awake(afterHours(new Date(from), rng, 3, 40), rng);
    if (until && at >= until) return;
    yield at;
    await w.call('opinion', 'chase', { id }, owner);
  }
}

const attitudeFor = (rng: Rng, result: RatingValue): RatingValue =>
  result === 'unsatisfied' ? rng.pick<RatingValue>(['basic', 'unsatisfied']) : rng.chance(0.8) ? 'satisfied' : 'basic';

const commentFor = (rng: Rng, result: RatingValue) => (rng.chance(0.45) ? { comment: rng.pick(RATING_COMMENTS[result]) } : {});

/** The rating (and a reopen's second round); answers the rating that closed the case, if any. */
async function* rate(
  w: World,
  c: CasePlan,
  rng: Rng,
  id: string,
  owner: string | undefined,
  holder: () => string,
): AsyncGenerator<Date, RatingValue | undefined, undefined> {
  if (c.rating === 'none') return undefined;
  if (!owner) {
    if (!c.phone) return undefined;
    yield afterWorkingDays(w.now(), rng, 2, 5, 'office');
    const result = c.rating;
    await w.call('staff', 'followUp', { id, result, attitude: attitudeFor(rng, result), ...commentFor(rng, result) }, STAFF_OF[c.station]);
    return result;
  }
  yield afterDays(w.now(), rng, 0, 6, 'day');
  await w.agree(owner);
  const first = c.rating;
  await w.call('opinion', 'rate', { id, result: first, attitude: attitudeFor(rng, first), ...commentFor(rng, first) }, owner);
  if (first !== 'unsatisfied') return first;
  // 不满意 reopened it: the deputy works it again and resolves with a fuller answer.
  yield afterWorkingDays(w.now(), rng, 2, 7, 'deputy');
  await w.call('deputy', 'resolve', { id, kind: 'partly', text: rng.pick(REOPEN_RESULTS) }, holder());
  if (c.secondRating === 'none') return undefined;
  yield afterDays(w.now(), rng, 0, 5, 'day');
  const second = c.secondRating;
  await w.call('opinion', 'rate', { id, result: second, attitude: attitudeFor(rng, second), ...commentFor(rng, second) }, owner);
  return second;
}
