const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A scatter plot as a standalone SVG document. */
export function scatterSvg(title: string, xs: readonly number[], ys: readonly number[], xLabel: string, yLabel: string): string {
  const w = 420;
  const h = 320;
  const p = 44;
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => p + ((x - x0) / (x1 - x0 || 1)) * (w - 2 * p);
  const sy = (y: number) => h - p - ((y - y0) / (y1 - y0 || 1)) * (h - 2 * p);
  const dots = xs.map((x, i) => `<circle cx="${sx(x).toFixed(1)}" cy="${sy(ys[i]!).toFixed(1)}" r="1.6" fill="#0b5cad" fill-opacity="0.35"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11">` +
    `<rect width="${w}" height="${h}" fill="#fff"/><text x="${p}" y="18" font-size="13">${esc(title)}</text>` +
    `<line x1="${p}" y1="${h - p}" x2="${w - p}" y2="${h - p}" stroke="#888"/>` +
    `<line x1="${p}" y1="${p}" x2="${p}" y2="${h - p}" stroke="#888"/>${dots}<text x="${w / 2}" y="${h - 10}"` +
    ` text-anchor="middle">${esc(xLabel)} (${x0.toFixed(2)} to ${x1.toFixed(2)})</text>` +
    `<text x="12" y="${h / 2}" transform="rotate(-90 12 ${h / 2})" text-anchor="middle">${esc(yLabel)}</text></svg>\n`
  );
}

/** Horizontal signed bars as a standalone SVG document. */
export function barsSvg(title: string, bars: readonly { label: string; value: number }[]): string {
  const w = 520;
  const row = 20;
  const h = 40 + row * bars.length;
  const mid = 260;
  const max = Math.max(1e-12, ...bars.map((b) => Math.abs(b.value)));
  const rows = bars
    .map((b, i) => {
      const len = (Math.abs(b.value) / max) * 180;
      const y = 30 + i * row;
      const x = b.value >= 0 ? mid : mid - len;
      return (
        `<rect x="${x.toFixed(1)}" y="${y}" width="${len.toFixed(1)}" height="${row - 6}"` +
        ` fill="${b.value >= 0 ? '#0b5cad' : '#c0392b'}"/><text x="6" y="${y + 11}">${esc(b.label)}</text>` +
        `<text x="${w - 6}" y="${y + 11}" text-anchor="end">${b.value.toFixed(4)}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11">` +
    `<rect width="${w}" height="${h}" fill="#fff"/><text x="6" y="16" font-size="13">${esc(title)}</text>` +
    `<line x1="${mid}" y1="24" x2="${mid}" y2="${h - 4}" stroke="#888"/>${rows}</svg>\n`
  );
}
