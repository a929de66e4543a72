import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout324-kit.js';
import { squarespace } from './pages-heldout324-e2.js';

/**
 * Held-out batch 324, file e: a MuchLoved-style online memorial site's tribute page (the charity-branded header, the memorial
 * tabs, the "Light a candle" and "Donate" buttons, the life story with its sections, the candles and tributes strip, the
 * fundraising total, the "Create a memorial" promo and footer) and, from file e2, a local historical society's war memorial
 * name biography on Squarespace.
 */
const mTitle = 'In loving memory of Gwendolyn Rhiannon Pryce';
const mH = ['Early years', 'A life in music', 'Family and friends'];
const m1 = [
  j(
    'Gwen was born in the front bedroom of her grandmother’s house in Llanrafon on a snowy night in January 1946, and she liked to',
    'say that she had been in a hurry ever since. She was the only daughter of Idris, a signalman, and Megan, who ran the village',
    'post office.',
  ),
  j(
    'She sang before she could talk properly, according to her mother, and by the age of nine she was the youngest member of the',
    'Llanrafon chapel choir. She won her first eisteddfod medal at eleven, for a solo she had practised walking to school every day.',
  ),
];
const m2 = [
  j(
    'After training at the college of music in Caerlan, Gwen taught singing at Ysgol Bryn Teg for thirty-four years. Generations of',
    'pupils remember her tuning fork, her red cardigan and her rule that nobody left the room until the last chord had finished',
    'ringing.',
  ),
  j(
    'She founded the Bryn Teg Ladies’ Choir in 1979 with twelve members who met in the school hall. By the time she handed over the',
    'baton in 2015, the choir had sixty voices, had sung at the Royal Albert Hall and had raised more than £80,000 for local causes.',
  ),
];
const m3 = [
  j(
    'Gwen married Emrys Pryce in 1970, and they had two children, Sian and Gareth. Emrys died in 2009, and Gwen’s grandchildren,',
    'Cai, Lowri and Efa, became the centre of her world. She never missed a school concert, and she usually sang along.',
  ),
  j(
    'In her last year, as her illness progressed, she was cared for with great kindness by the nurses of St Teilo’s Hospice. This',
    'memorial has been created so that her friends, former pupils and choir members can share their memories, and so that we can',
    'raise funds for the hospice in her name.',
  ),
  '“Sing it like you mean it, and then sing it again.” Gwen’s words, painted on the wall of the Bryn Teg music room.',
];
const mTabs = ['Home', 'Life story', 'Gallery', 'Tributes', 'Donations', 'Candles'];
const mCandles = [
  ['Thinking of you today, Mrs Pryce. You gave me my voice.', 'Alys Hughes'],
  ['Missing our Gwen every Tuesday night at practice.', 'The choir committee'],
] as const;
const mFoot = ['About MuchLoved', 'How it works', 'Help & FAQs', 'Contact us', 'Privacy', 'Terms'];
const mHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Gwendolyn Pryce - MuchLoved memorial</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="In loving memory of Gwendolyn Rhiannon Pryce">
<meta property="og:image" content="https://www.muchloved.example/gateway/img/tribute/gwen-pryce.jpg"><meta property="og:type" content="profile">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"In loving memory of Gwendolyn Rhiannon Pryce",
"about":{"@type":"Person","name":"Gwendolyn Rhiannon Pryce","birthDate":"1946-01-14","deathDate":"2025-11-30"}}</script>
<script>window.ml = {"tributeId":"448201","charity":"St Teilo's Hospice","theme":"meadow"};</script>
<link rel="stylesheet" href="https://www.muchloved.example/gateway/css/tribute-meadow.css"></head>
<body class="tribute theme-meadow"><div id="charity-banner" class="partner-bar"><p>This memorial supports <a href="#">St Teilo’s Hospice</a></p></div>
<header class="tribute-header"><div class="tribute-portrait"><img src="https://www.muchloved.example/gateway/img/tribute/gwen-pryce.jpg" alt=""></div>
<div class="tribute-title"><h1 id="tribute-name">${mTitle}</h1><p class="tribute-dates">14 January 1946 – 30 November 2025</p></div>
<div class="tribute-actions"><a class="btn btn-candle" href="#candles">Light a candle</a><a class="btn btn-donate" href="#donate">Donate</a>
<a class="btn btn-tribute" href="#tributes">Add a tribute</a><a class="btn btn-share" href="#share">Share</a></div></header>
<nav class="tribute-nav" role="navigation"><ul>${links(mTabs, 'tribute-tab')}</ul></nav>
<div class="tribute-main"><section id="life-story" class="tribute-section story"><div class="story-body">
<h2>${mH[0]}</h2>
${ps(m1)}
<h2>${mH[1]}</h2>
${ps(m2)}
<figure class="story-photo"><img src="https://www.muchloved.example/gateway/img/tribute/choir-1984.jpg" alt=""><figcaption>Gwen conducting the choir at the
Caerlan festival, 1984</figcaption></figure>
<h2>${mH[2]}</h2>
${ps(m3)}
<p class="story-author">Written by Sian Pryce-Morgan, 8 December 2025</p></div></section>
<aside class="tribute-sidebar"><div class="donation-box" id="donate"><h3>Raised so far</h3><p class="donation-total">£3,418.50</p>
<p class="donation-target">of a £5,000 target for St Teilo’s Hospice</p><a class="btn btn-donate" href="#">Make a donation</a>
<p class="giftaid">Gift Aid can add 25% to your donation at no extra cost to you.</p></div>
<div class="candle-box" id="candles"><h3>Latest candles</h3>
${mCandles.map(([t, by]) => `<div class="candle"><p class="candle-message">${t}</p><p class="candle-by">${by}</p></div>`).join('\n')}
<a class="see-all" href="#">See all 146 candles</a></div>
<div class="visits"><p>This memorial has been visited 2,911 times</p></div></aside></div>
<section class="create-promo"><h2>Create a free online memorial</h2><p>Remember someone special and raise money for a cause close to their heart.</p>
<a class="btn" href="/create">Start a memorial</a></section>
<footer class="site-footer"><ul>${links(mFoot)}</ul><p>MuchLoved is a registered charity in England and Wales, no. 1126871. © 2026 MuchLoved.</p></footer>
<div class="cookie-bar" id="cookie-bar"><p>We use essential cookies to make this site work, and optional cookies to understand how it is used.</p>
<button class="cookie-accept">Accept all</button><button class="cookie-reject">Essential only</button></div>
<script src="https://www.muchloved.example/gateway/js/tribute.min.js" defer></script></body></html>`;
const muchloved: TestPage = {
  name: 'heldout324-muchloved-tribute-blog',
  kind: 'blog',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([...m1, ...m2, ...m3]),
  bylines: ['14 January 1946 – 30 November 2025', 'Written by Sian Pryce-Morgan, 8 December 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This memorial supports St Teilo’s Hospice', 'Light a candle', 'Donate', 'Add a tribute', 'Share', ...mTabs,
    'Gwen conducting the choir at the Caerlan festival, 1984', 'Raised so far', '£3,418.50', 'of a £5,000 target for St Teilo’s Hospice',
    'Make a donation', 'Gift Aid can add 25% to your donation at no extra cost to you.', 'Latest candles', ...mCandles.flat(),
    'See all 146 candles', 'This memorial has been visited 2,911 times', 'Create a free online memorial',
    'Remember someone special and raise money for a cause close to their heart.', 'Start a memorial', ...mFoot,
    'MuchLoved is a registered charity in England and Wales, no. 1126871. © 2026 MuchLoved.',
    'We use essential cookies to make this site work, and optional cookies to understand how it is used.', 'Accept all', 'Essential only',
  ],
};

export const HELDOUT324_E: readonly TestPage[] = [muchloved, squarespace];
