import { describe, expect, it } from 'vitest';
import { HARBOUR_STORY as STORY, leakedTexts as leaked, pageNamed as page, readStory as read } from '../test-support/round-kit.js';
import { HELDOUT244_PAGES } from '../test-support/pages-heldout244.js';
import { HELDOUT246_PAGES } from '../test-support/pages-heldout246.js';

describe('batches 244 and 246 (round 71)', () => {
  it('drops a byline written in Portuguese, Spanish, German, French, Dutch or a Nordic language, not a sentence that opens alike', () => {
    const g1 = page(HELDOUT244_PAGES, 'heldout244-g1-globo-news');
    expect(leaked(g1, ['Por Larissa Fagundes, Portal Vozes do Sul — Itaperuna do Sul'])).toEqual([]);
    for (const line of ['Von Anna Schmidt und Jonas Weber', 'Par Claire Dubois, à Rennes', 'Door Jan de Vries', 'Av Karin Lind | Sundsvall'])
      expect(read(`${STORY}<p>${line}</p>`)).not.toContain(line.split(' ')[1]!.toLowerCase());
    expect(read(`${STORY}<p>Por la tarde, el puerto volvió a abrir</p>`)).toContain('por la tarde');
    expect(read(`${STORY}<p>Von Montag bis Freitag fährt die Fähre zweimal am Tag.</p>`)).toContain('von montag bis freitag');
  });

  it('drops a caption in italics under a box that holds only an image, not an italic line under text', () => {
    const blog = page(HELDOUT244_PAGES, 'heldout244-blogger-travel-blog');
    expect(leaked(blog, ['El valle de Arbeiza desde el mirador de Peña Alta'])).toEqual([]);
    const image = '<div class="separator"><a href="/big.jpg"><img src="/small.jpg"></a></div><br>';
    expect(read(`${STORY}${image}<div><i>The north quay at low tide</i></div>`)).not.toContain('north quay at low tide');
    expect(read(`${STORY}<div><i>The north quay at low tide was quiet all week.</i></div>`)).toContain('north quay at low tide');
  });

  it('drops a line asking the reader to log in first, not a sentence about logging in', () => {
    const explorer = page(HELDOUT246_PAGES, 'heldout246-etherscan-style-transaction-page');
    expect(leaked(explorer, ['To access the Private Note feature, you must be Logged In'])).toEqual([]);
    expect(read(`${STORY}<p>You must log in or register to reply here.</p>`)).not.toContain('register to reply');
    expect(read(`${STORY}<p>Ferry staff said passengers must log in to the new booking site before Monday.</p>`)).toContain('must log in');
  });
});
