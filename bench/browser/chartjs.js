// The peer for "navigation → first chart drawn": Chart.js 4 (UMD build, loaded by a classic
// <script> before this module) drawing the same 125 figures from the same /data/figures.json as
// the closest equivalent of cited-stats' default timeline: a scatter chart with
//   x = debate date (linear axis in decimal years, ticks on 1 January, an "undated" column at the
//       right for figures without a date, as the timeline has),
//   y = topic lane (a linear axis whose integer ticks are labelled with the topic, one lane each,
//       most figures first, one colour per lane),
// figures sharing a lane and a date packed into a grid so none overlap, a filled dot when the
// speaker named a source and an outlined one when not (two datasets, so Chart.js draws a legend,
// as the timeline does). animation: false and responsive: false, so `new Chart` lays out and draws
// synchronously into the 800 × 420 canvas; the time recorded right after the constructor is the
// moment the chart is in the canvas (compare cited-stats' `cited-stats-draw` event, which fires
// right after its chart is in the canvas). Neither includes the browser compositing the frame.
const started = performance.now();
const result = { page: "chartjs", started };
window.benchResult = result;

try {
  const response = await fetch("/data/figures.json");
  if (!response.ok) throw new Error(`/data/figures.json: ${response.status} ${response.statusText}`);
  const figures = await response.json();
  result.dataParsed = performance.now();

  const DAY_MS = 86_400_000;
  const yearOf = (iso) => 1970 + Date.parse(`${iso}T00:00:00Z`) / DAY_MS / 365.2425;
  // Lanes as the timeline orders them (most figures first), labelled like it ("care leavers").
  const counts = new Map();
  for (const figure of figures) counts.set(figure.topic, (counts.get(figure.topic) ?? 0) + 1);
  const topics = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? -1 : 1));
  const labels = topics.map((topic) => topic.replaceAll("-", " "));
  const laneOf = new Map(topics.map((topic, i) => [topic, i]));
  const years = figures.filter((f) => f.date).map((f) => yearOf(f.date));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const pad = Math.max((last - first) * 0.06, 240 / 365.2425);
  const undatedX = last + pad + 1;
  const xMin = first - pad;
  const xMax = undatedX + 0.6;

  // Figures sharing a lane and a date are packed into a grid of 11 px cells centred on their
  // place, as the timeline packs them (cell sizes in data units for the ~680 × 330 px plot).
  const PITCH_PX = 11;
  const xPitch = PITCH_PX / (680 / (xMax - xMin));
  const yPitch = PITCH_PX / (330 / topics.length);
  const perColumn = Math.max(1, Math.floor(0.88 / yPitch));
  const groups = new Map();
  for (const figure of figures) {
    const key = `${figure.topic}|${figure.date ?? "undated"}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(figure);
  }
  const palette = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"];
  const cited = { points: [], colours: [] };
  const uncited = { points: [], colours: [] };
  for (const members of groups.values()) {
    members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const columns = Math.ceil(members.length / perColumn);
    const rows = Math.min(members.length, perColumn);
    members.forEach((figure, k) => {
      const lane = laneOf.get(figure.topic);
      const centre = figure.date ? yearOf(figure.date) : undatedX;
      const into = figure.cited_source ? cited : uncited;
      into.points.push({
        x: centre + (Math.floor(k / perColumn) - (columns - 1) / 2) * xPitch,
        y: lane + ((k % perColumn) - (rows - 1) / 2) * yPitch,
      });
      into.colours.push(palette[lane % palette.length]);
    });
  }

  const xTicks = [];
  for (let year = 2 * Math.ceil(xMin / 2); year <= last + pad; year += 2) xTicks.push({ value: year });
  xTicks.push({ value: undatedX });

  const canvas = document.getElementById("chart");
  const chart = new window.Chart(canvas, {
    type: "scatter",
    data: {
      datasets: [
        { label: "cited source", data: cited.points, pointRadius: 4.5, pointHoverRadius: 6, backgroundColor: cited.colours, borderColor: cited.colours },
        { label: "no source named", data: uncited.points, pointRadius: 4.5, pointHoverRadius: 6, backgroundColor: "rgba(0,0,0,0)", borderColor: uncited.colours },
      ],
    },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: "linear",
          min: xMin,
          max: xMax,
          title: { display: true, text: "debate date" },
          afterBuildTicks: (scale) => { scale.ticks = xTicks; },
          ticks: { callback: (value) => (value === undatedX ? "undated" : String(Math.round(value))) },
        },
        y: {
          type: "linear",
          reverse: true,
          min: -0.5,
          max: topics.length - 0.5,
          afterBuildTicks: (scale) => { scale.ticks = topics.map((_, i) => ({ value: i })); },
          ticks: { autoSkip: false, callback: (value) => labels[value] ?? "" },
        },
      },
      plugins: { legend: { position: "top", align: "start" } },
    },
  });
  result.drawn = performance.now();
  result.marks = chart.getDatasetMeta(0).data.length + chart.getDatasetMeta(1).data.length;
  result.lanes = topics.length;
} catch (error) {
  result.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
result.resources = Object.fromEntries(
  performance.getEntriesByType("resource").map((entry) => [new URL(entry.name).pathname, { start: entry.startTime, end: entry.responseEnd }]),
);
