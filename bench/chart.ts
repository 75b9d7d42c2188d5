// A small SVG line chart: build time and peak memory against the number of codes.

interface Point {
  n: number;
  seconds: number;
  mib: number;
}

const W = 640;
const H = 360;
const PAD = { left: 56, right: 64, top: 40, bottom: 48 };

function niceMax(value: number): number {
  const step = 10 ** Math.floor(Math.log10(value || 1));
  return Math.ceil(value / step) * step;
}

/** Renders the chart as a standalone SVG document (light and dark aware). */
export function drawChart(points: Point[]): string {
  const maxN = niceMax(Math.max(...points.map((p) => p.n)));
  const maxS = niceMax(Math.max(...points.map((p) => p.seconds)));
  const maxM = niceMax(Math.max(...points.map((p) => p.mib)));
  const x = (n: number) => PAD.left + (n / maxN) * (W - PAD.left - PAD.right);
  const yS = (s: number) => H - PAD.bottom - (s / maxS) * (H - PAD.top - PAD.bottom);
  const yM = (m: number) => H - PAD.bottom - (m / maxM) * (H - PAD.top - PAD.bottom);
  const line = (f: (p: Point) => number) => points.map((p, i) => `${i ? 'L' : 'M'}${x(p.n).toFixed(1)},${f(p).toFixed(1)}`).join(' ');
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="12">`,
    '<title id="t">Build time and peak memory against the number of codes</title>',
    `<desc id="d">${points.map((p) => `${p.n} codes: ${p.seconds} s, ${p.mib} MiB`).join('; ')}</desc>`,
    '<style>text{fill:#333}.g{stroke:#ddd}.a{stroke:#666}.s{stroke:#0b57d0;fill:none;stroke-width:2.5}.m{stroke:#b4530a;fill:none;stroke-width:2.5;stroke-dasharray:6 4}.sd{fill:#0b57d0}.md{fill:#b4530a}@media (prefers-color-scheme:dark){text{fill:#ddd}.g{stroke:#444}.a{stroke:#aaa}}</style>',
    `<rect width="${W}" height="${H}" fill="none"/>`,
  ];
  for (const t of ticks) {
    const y = H - PAD.bottom - t * (H - PAD.top - PAD.bottom);
    parts.push(`<line class="g" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text x="${PAD.left - 8}" y="${y + 4}" text-anchor="end">${Math.round(t * maxS)} s</text>`);
    parts.push(`<text x="${W - PAD.right + 8}" y="${y + 4}">${Math.round(t * maxM)} MiB</text>`);
    parts.push(`<text x="${x(t * maxN)}" y="${H - PAD.bottom + 18}" text-anchor="middle">${Math.round(t * maxN).toLocaleString('en')}</text>`);
  }
  parts.push(`<line class="a" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>`);
  parts.push(`<text x="${(W + PAD.left - PAD.right) / 2}" y="${H - 10}" text-anchor="middle">codes</text>`);
  parts.push(`<path class="s" d="${line((p) => yS(p.seconds))}"/>`);
  parts.push(`<path class="m" d="${line((p) => yM(p.mib))}"/>`);
  for (const p of points) {
    parts.push(`<circle class="sd" cx="${x(p.n).toFixed(1)}" cy="${yS(p.seconds).toFixed(1)}" r="3.5"/>`);
    parts.push(`<circle class="md" cx="${x(p.n).toFixed(1)}" cy="${yM(p.mib).toFixed(1)}" r="3.5"/>`);
  }
  parts.push(`<line class="s" x1="${PAD.left}" x2="${PAD.left + 24}" y1="16" y2="16"/><text x="${PAD.left + 30}" y="20">build time (left axis)</text>`);
  parts.push(`<line class="m" x1="${PAD.left + 190}" x2="${PAD.left + 214}" y1="16" y2="16"/><text x="${PAD.left + 220}" y="20">peak memory (right axis)</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
