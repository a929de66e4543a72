/** Inputs that once froze the server (issue 18): quadratic HTML parses and a huge ratio-1 budget. */
export const HOSTILE_HTML = {
  selfClosingDivs: '<div/>'.repeat(100_000),
  bodies: '<body>'.repeat(100_000),
  spanAttrs: '<span a=/>'.repeat(100_000),
};

const WORDS = ['River', 'Fish', 'Water', 'Park', 'Bird', 'Plan', 'Flood', 'Stone', 'Wall', 'Road'];

/** About 900 KB of 70,000 short sentences ("River 0 ran. Fish 1 ran. …"). */
export function seventyThousandSentences(): string {
  return Array.from({ length: 70_000 }, (_, i) => `${WORDS[i % 10]} ${i % 100} ran.`).join(' ');
}
