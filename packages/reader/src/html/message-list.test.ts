import { describe, expect, it } from 'vitest';
import { norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const message = (name: string, lines: string[]) =>
  `<div class="ptW7te" role="listitem"><div class="LgTg2b"><h3>${name}</h3></div>
<div class="bDEGz">${lines.map((l) => `<p dir="ltr">${l}</p>`).join('')}</div></div>`;
const page = (list: string) => `<html><head><title>Keeping time offline - Groups</title></head><body><main><div class="Lc6yHc">
<h1>Keeping time offline</h1>${list}</div></main></body></html>`;
const threadHtml = page(`<div role="list">
${message('Elspeth Varga', [
  'We run the timing system on a small computer at the finish line, and it has lost about four seconds over a two-hour event.',
  'Is there a sensible way to keep the time accurate with no network at the course?',
])}
${message('Dmitri Loukas', [
  'A small board has no real-time clock, so once it loses the network it drifts at whatever rate its crystal runs.',
  'The proper fix is a GPS receiver with a pulse-per-second output, which locks the clock within a minute of a fix.',
])}
${message('Harriet Sowande', [
  'Seconding the GPS suggestion. We use a cheap receiver and it has been fine even under trees along the course.',
  'If you cannot add hardware, record the start gun on the same machine so that the drift cancels out over a race.',
])}
</div>`);

describe('a message list (message-list.ts)', () => {
  it('reads every message of an ARIA list of messages, not the one Readability picks', () => {
    const text = norm(extractArticle(threadHtml).text);
    for (const words of ['four seconds', 'no real-time clock', 'seconding the gps', 'record the start gun']) expect(text).toContain(words);
  });
});
