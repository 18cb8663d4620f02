// A fixed activity report for the fake backend: the figures the UI tests
// expect, whatever the period asked.

import type { IndicatorKey, Report, ReportQuery } from "../lib/ipc/generated";

const CURRENT: Record<IndicatorKey, number> = {
  events_held: 12,
  events_planned: 6,
  events_cancelled: 1,
  people_reached: 1640,
  named_attendance: 127,
  headcount: 1513,
  unique_people: 103,
  documents_issued: 9,
  gratitude_letters: 5,
  diplomas: 3,
  certificates: 1,
  media_publications: 13,
  media_views: 123495,
  memoranda: 1,
  proposals: 30,
  police_assistant_ids: 3,
  id_handovers: 4,
  photos: 6,
  initiatives: 5,
};

const PREVIOUS: Record<IndicatorKey, number> = {
  ...CURRENT,
  events_held: 8,
  people_reached: 2000,
  unique_people: 103,
  documents_issued: 0,
  gratitude_letters: 0,
  diplomas: 0,
  certificates: 0,
};

function previousOf(from: string, to: string): { from: string; to: string } {
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(py, pm, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return to ? { from: `${py}-${pad(pm)}-01`, to: `${py}-${pad(pm)}-${pad(last)}` } : { from, to };
}

function figures(values: Record<IndicatorKey, number>, from: string, to: string) {
  return {
    from,
    to,
    eventsTotal: values.events_held + values.events_planned + values.events_cancelled,
    eventsHeld: values.events_held,
    eventsPlanned: values.events_planned,
    eventsCancelled: values.events_cancelled,
    peopleReached: values.people_reached,
    namedAttendance: values.named_attendance,
    headcount: values.headcount,
    uniquePeople: values.unique_people,
    documentsIssued: values.documents_issued,
    gratitudeLetters: values.gratitude_letters,
    diplomas: values.diplomas,
    certificates: values.certificates,
    mediaPublications: values.media_publications,
    mediaViews: values.media_views,
    memoranda: values.memoranda,
    proposals: values.proposals,
    policeAssistantIds: values.police_assistant_ids,
    idHandovers: values.id_handovers,
    photos: values.photos,
    initiatives: values.initiatives,
    proposalRecords: 0,
    equipmentRecipients: 0,
  };
}

/** The report the fake backend answers for `query`. */
export function fakeReport(query: ReportQuery): Report {
  const previous = previousOf(query.from, query.to);
  const keys = Object.keys(CURRENT) as IndicatorKey[];
  return {
    query,
    current: figures(CURRENT, query.from, query.to),
    previous: figures(PREVIOUS, previous.from, previous.to),
    running: false,
    daysElapsed: 30,
    barelyBegun: false,
    indicators: keys.map((key) => {
      const current = CURRENT[key];
      const before = PREVIOUS[key];
      return {
        key,
        current,
        previous: before,
        change: current - before,
        changePercent: before === 0 ? null : Math.round(((current - before) * 1000) / before) / 10,
      };
    }),
    byKindCampaign: {
      campaigns: [
        { id: 1, nameKk: "Құқықтық тәртіп әліппесі", nameRu: "Азбука правопорядка" },
        { id: null, nameKk: "", nameRu: "" },
      ],
      rows: [
        { kind: "lecture", counts: [7, 1], total: 8 },
        { kind: "forum", counts: [0, 4], total: 4 },
      ],
      totals: [7, 5],
      total: 12,
    },
    byCategory: [
      { categoryId: 1, nameKk: "Мәслихат депутаты", nameRu: "Депутат маслихата", people: 19, attendances: 23 },
      { categoryId: 6, nameKk: "ҮЕҰ өкілі", nameRu: "Представитель НПО", people: 11, attendances: 12 },
      { categoryId: null, nameKk: "", nameRu: "", people: 4, attendances: 4 },
    ],
    documents: [
      { kind: "gratitude", count: 5, previous: 0, forEvents: 4 },
      { kind: "diploma", count: 3, previous: 0, forEvents: 3 },
      { kind: "certificate", count: 1, previous: 0, forEvents: 1 },
    ],
    media: [
      {
        publishedOn: "2025-03-15",
        outlet: "«Огни Алатау»",
        url: "https://news.example.kz/1",
        views: 1200,
        eventId: 1,
        eventTitleKk: "Құқықтық сауаттылық дәрісі",
        eventTitleRu: "Лекция по правовой грамотности",
      },
    ],
    memoranda: [],
    proposals: [],
    records: { handovers: [], initiatives: [], proposals: [], photoPage: [] },
    plan: [
      { kind: "lecture", planned: 9, held: 8, cancelled: 1, pending: 0 },
      { kind: "forum", planned: 10, held: 4, cancelled: 0, pending: 6 },
      { kind: null, planned: 19, held: 12, cancelled: 1, pending: 6 },
    ],
    events: [
      {
        id: 1,
        startsAt: "2025-03-14T10:00",
        kind: "lecture",
        campaignId: 1,
        campaignKk: "Құқықтық тәртіп әліппесі",
        campaignRu: "Азбука правопорядка",
        titleKk: "Құқықтық сауаттылық дәрісі",
        titleRu: "Лекция по правовой грамотности",
        placeKk: "№5 мектеп",
        placeRu: "школа №5",
        districtKk: "Іле ауданы",
        districtRu: "Илийский район",
        status: "held",
        participants: 27,
        headcount: 120,
        proposals: 2,
      },
    ],
    chartUnit: "week",
    chartKinds: ["lecture", "forum"],
    chart: [
      { from: query.from, to: query.from, counts: [2, 1] },
      { from: query.to, to: query.to, counts: [6, 3] },
    ],
  };
}
