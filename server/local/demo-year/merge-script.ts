/**
 * 汇总件 in the demo year (decision 0036): residents write about one problem at one place in
 * words of their own, and the station's staff merge their cases into one 汇总件, forward it to
 * a department with one 转办函 and work it once; the merge pass carries each move onto every
 * resident's own case. About four months back, three residents of 望月湖小区 write of cars on
 * its 消防通道 and of its too few parking spaces — two problems to the dictionary, one to staff,
 * so the merge teaches the county the link (合并中学到的同类说法 on the office's 汇总整理 page);
 * the department answers, staff resolve it and the three rate their own cases. About three
 * weeks back, two residents of 咸嘉新村 write of one blocked sewer; that 汇总件 is still with
 * its department.
 */
import type { Category } from '../../../core/vocabulary';
import type { RatingValue } from './case-plan';
import type { Steps } from './case-script';
import { Rng } from './prng';
import type { DepartmentRef, ResultKind, StationCode } from './problem';
import { residentOpenid } from './residents';
import { afterDays, afterWorkingDays, daysBefore } from './timing';
import { DemoYearError, deputyOpenid, STAFF_OF, type World } from './world';

interface Letter {
  /** The resident near the station (residents.ts numbering, clear of the ordinary flow's). */
  resident: number;
  category: Category;
  text: string;
  place?: string;
  /** The rating once the result reaches them (none: the story ends before a result). */
  rating?: RatingValue;
  comment?: string;
}

interface MergeStory {
  key: string;
  station: StationCode;
  /** When the first resident writes: days before now. */
  daysAgo: number;
  letters: readonly Letter[];
  /** Staff's title for the 汇总件; the product's own (the shared problem, places, 等 N 件) when absent. */
  title?: string;
  forward: { to: DepartmentRef; note: string };
  /** The department's answer and staff's 办结, when they come within the year. */
  answer?: string;
  result?: { kind: ResultKind; text: string };
}

export const MERGE_STORIES: readonly MergeStory[] = [
  {
    key: 'wyh-fire-lane',
    station: 'WYH01',
    daysAgo: 125,
    letters: [
      {
        resident: 411,
        category: '住房物业',
        place: '望月湖小区',
        text: '望月湖小区里的消防通道天天被私家车堵着，万一着火消防车根本开不进来，太危险了。',
        rating: 'satisfied',
        comment: '消防通道画了线装了桩，晚上再也没车堵着了，谢谢！',
      },
      {
        resident: 412,
        category: '住房物业',
        text: '望月湖小区的生命通道一到晚上就停满了私家车，真出了事车子都过不去，希望物业管一管。',
        rating: 'satisfied',
      },
      {
        resident: 413,
        category: '住房物业',
        place: '望月湖小区',
        text: '望月湖小区车位太少了，几百户人家只有几十个停车位，晚上回来找不到车位，车子只好到处停。',
        rating: 'basic',
        comment: '车位多了一些，晚上还是紧张，希望错时停车能一直坚持。',
      },
    ],
    title: '望月湖小区消防通道被占和停车位不足',
    forward: { to: 'street', note: '三位居民反映同一问题：小区车位不足，夜间车辆占用消防通道。请牵头物业整治消防通道占用，并研究增加夜间停车位。' },
    answer: '街道已会同物业在消防通道施划禁停标线、安装隔离桩，夜间安排巡查；协调附近两家单位停车场夜间向居民错时开放，新增车位80个。',
    result: { kind: 'solved', text: '消防通道已施划禁停标线并安装隔离桩，物业夜间巡查；附近单位停车场夜间错时开放，小区居民新增车位80个，消防通道保持畅通。' },
  },
  {
    key: 'xjh-sewer',
    station: 'XJH01',
    daysAgo: 21,
    letters: [
      { resident: 414, category: '住房物业', place: '咸嘉新村', text: '咸嘉新村12栋后面的下水道又堵了，污水冒到路面上，臭得很，走路都要绕开。' },
      { resident: 415, category: '住房物业', place: '咸嘉新村', text: '咸嘉新村12栋那边的排污管堵住了，一下雨脏水就往外冒，味道太大了，希望快点疏通。' },
    ],
    forward: { to: 'street', note: '两位居民反映12栋后排污管道反复堵塞、污水外溢，请组织疏通并排查管网。' },
  },
];

/** One 汇总件's story, from the first resident's opinion to the ratings (or as far as now). */
export async function* mergeStory(w: World, m: MergeStory, now: Date): Steps {
  const rng = Rng.from(`demo-year:merge:${m.key}`);
  const staff = STAFF_OF[m.station];
  yield daysBefore(now, rng, m.daysAgo, 'day');

  // The residents write, a day or two apart; the deputy routing gave each to accepts it, all but
  // the last, which staff merge before its deputy gets to it (the merge relieves the deputies).
  const ids: string[] = [];
  for (const [i, letter] of m.letters.entries()) {
    if (i > 0) yield afterDays(w.now(), rng, 1, 2, 'day');
    const id = await write(w, m, letter, i);
    ids.push(id);
    const holder = w.opinion(id).assigneeDeputyId;
    if (holder && i < m.letters.length - 1) {
      yield afterWorkingDays(w.now(), rng, 0, 1, 'deputy');
      await w.call('deputy', 'accept', { id }, deputyOpenid(holder));
    }
  }

  // Staff see they are one matter and merge them; the 汇总件 goes to the department with one 转办函.
  yield afterWorkingDays(w.now(), rng, 0, 1, 'desk');
  const merged = await w.call('staff', 'merge', { ids, ...(m.title ? { title: m.title } : {}), requestId: `demo-year-merge-${m.key}` }, staff);
  if (merged.linked !== ids.length) throw new DemoYearError(`merge ${m.key} linked ${merged.linked} of ${ids.length}: ${JSON.stringify(merged.dropped)}`);
  const departmentId = w.department(m.forward.to, m.station);
  if (!departmentId) throw new DemoYearError(`merge ${m.key}: no department ${m.forward.to} at ${m.station}`);
  yield afterWorkingDays(w.now(), rng, 1, 2, 'office');
  await w.call('staff', 'forward', { id: merged.id, departmentId, note: m.forward.note }, staff);
  if (!m.answer || !m.result) return;

  yield afterWorkingDays(w.now(), rng, 5, 8, 'office');
  await w.call('staff', 'departmentAnswer', { id: merged.id, text: m.answer }, staff);
  yield afterWorkingDays(w.now(), rng, 1, 3, 'office');
  await w.call('staff', 'resolve', { id: merged.id, kind: m.result.kind, text: m.result.text }, staff);

  // The result reached every resident's own case (the merge pass, in the relay): each rates their own.
  for (const [i, letter] of m.letters.entries()) {
    if (!letter.rating) continue;
    yield afterDays(w.now(), rng, 0, 4, 'day');
    if (w.opinion(ids[i]).status !== 'resolved') throw new DemoYearError(`merge ${m.key}: ${ids[i]} did not follow its 汇总件 to resolved`);
    await w.call(
      'opinion',
      'rate',
      { id: ids[i], result: letter.rating, attitude: 'satisfied', ...(letter.comment ? { comment: letter.comment } : {}) },
      residentOpenid(m.station, letter.resident),
    );
  }
}

/** A resident's opinion in the app, with the progress notifications accepted in the submit tap. */
async function write(w: World, m: MergeStory, letter: Letter, i: number): Promise<string> {
  const resident = residentOpenid(m.station, letter.resident);
  await w.agree(resident);
  await w.consent(resident, ['opinion_progress', 'opinion_result']);
  const sent = await w.call(
    'opinion',
    'submit',
    {
      stationCode: m.station,
      category: letter.category,
      scope: 'community',
      text: letter.text,
      anonymous: false,
      allowContact: false,
      consentPublish: i === 0,
      photos: [],
      ...(letter.place ? { place: letter.place } : {}),
      requestId: `demo-year-merge-${m.key}-${i + 1}`,
    },
    resident,
  );
  w.counts.opinions++;
  return sent.id;
}
