import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

describe('contact cards (contact-card.ts)', () => {
  it("drops a USWDS summary box headed 'Contact' with a name, a phone link and a mail link", () => {
    const card =
      '<div class="usa-summary-box" role="region" aria-labelledby="k"><div class="usa-summary-box__body"><h2 id="k">Contact</h2>' +
      '<div class="usa-summary-box__text"><p>Ruth Amari, Office of Communications</p><p><a href="tel:+12025550101">(202) 555-0101</a> | ' +
      '<a href="mailto:press@harbour.gov">press@harbour.gov</a></p></div></div></div>';
    const text = norm(extractArticle(harbourStory('', { before: card })).text);
    expect(text).not.toMatch(/ruth amari|office of communications|555-0101/);
    expect(text).toContain('the harbour wall was rebuilt');
  });

  it("keeps a guide's 'Contact' section written in sentences", () => {
    const section =
      '<h2>Contact</h2><p>If your mooring is damaged, call the harbour office on <a href="tel:+441315550199">0131 555 0199</a> and ' +
      'describe the damage. Staff will arrange a visit within two working days.</p>';
    expect(norm(extractArticle(harbourStory(section)).text)).toContain('staff will arrange a visit');
  });
});
