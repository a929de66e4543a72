import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout397-kit.js';

/**
 * Held-out batch 397, file b2: an EIN Presswire release (top bar with "Submit your press release", h1 with the italic
 * summary line, dateline span, body with h3 subheads and a block quote, the contact card with "email us here" and "Visit
 * us on social media", "Legal Disclaimer", distribution channels, "You just read" panel, More From This Author rail and
 * footer).
 */
const eTitle = 'Denver Bakery Apprenticeship Graduates Its Fiftieth Baker';
const eSum = 'A two-year program run by a neighborhood bakery has trained fifty bakers, most of whom now work in the city\u2019s independent shops.';
const eP = [
  j(
    'DENVER, CO, UNITED STATES, March 3, 2026 /EINPresswire.com/ -- Loafwright Bakehouse, a neighborhood bakery in Denver\u2019s',
    'Sunnyside district, this week marked the graduation of the fiftieth baker from its paid apprenticeship program. The program',
    'began in 2019 with two apprentices working early shifts alongside the bakery\u2019s founders.',
  ),
  j(
    'Apprentices spend two years in the bakery, moving from scaling and shaping dough to running the oven on their own. They are',
    'paid from the first day and attend a weekly class on food costing, ordering and kitchen safety at a community college.',
  ),
];
const eH1 = 'Where the graduates work';
const eP2 = [
  j(
    'Of the fifty graduates, 41 work in bakeries, restaurants or cafes in the Denver area, and six have opened businesses of their',
    'own, including a tortilleria and a mobile pizza oven. The bakery keeps in touch with former apprentices and often hires them',
    'back as shift leads.',
  ),
  j(
    'The fiftieth graduate, Amara Lindqvist-Oduya, joined the program after leaving a warehouse job. She will take over the',
    'bakery\u2019s new wholesale line, which supplies bread to eight coffee shops.',
  ),
];
const eQuote = j(
  '"When I started I had never made anything more complicated than toast. Now I run a mixer that takes fifty kilos of flour, and',
  'I know what every loaf costs us to make," Lindqvist-Oduya said.',
);
const eH2 = 'Plans for a second kitchen';
const eP3 = [
  j(
    'Loafwright plans to open a training kitchen later this year so that it can take on six apprentices at a time instead of four.',
    'Co-founder Teodoro Abernathy said the bakery is talking to two other independent shops about sharing apprentices for part of',
    'their training.',
  ),
  j(
    '"Small bakeries cannot afford to train people on their own, but together we can," Abernathy said. "The city needs bakers, and',
    'the people who want to learn the trade need a wage while they learn it."',
  ),
  'Applications for the next intake open on April 1 and can be made at the bakery or on its website.',
];
const eContact = ['Marguerite Sollis', 'Loafwright Bakehouse LLC', '+1 720-555-0164', 'email us here', 'Visit us on social media:'];
const eSocial = ['Facebook', 'Instagram', 'LinkedIn'];
const eTop = ['Newsroom', 'Press Releases', 'Submit your press release', 'Pricing', 'Sign in', 'Get started'];
const eChannels = ['Business & Economy', 'Food & Beverage Industry', 'Education', 'Colorado'];
const eMore = ['Sunnyside Bakery Opens Saturday Bread School for Teenagers', 'Neighborhood Bakery Switches to Colorado-Grown Wheat'];
const eFoot = ['About Us', 'Contact', 'Newsletters', 'Editorial Guidelines', 'Privacy Policy', 'Terms of Service', 'Trust & Transparency'];
const eDisclaimer = j(
  'Legal Disclaimer: EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any',
  'responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of',
  'the information contained in this article.',
);
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${eTitle}</title>
<meta name="description" content="${eSum}"><meta property="og:site_name" content="EIN Presswire"><meta property="og:title" content="${eTitle}">
<meta name="twitter:site" content="@EINPresswire"><link rel="canonical" href="https://www.einpresswire.com/article/891204337/denver-bakery-apprenticeship">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}",
"datePublished":"2026-03-03T16:45:00Z","author":{"@type":"Person","name":"Marguerite Sollis"}}</script>
<script>var ein_article_id = 891204337; var ein_channels = ["business","food","education"];</script></head>
<body><div class="top_bar"><div class="container"><a href="/" class="logo">EIN Presswire</a><ul class="top_menu">${links(eTop)}</ul></div></div>
<div class="container main"><div class="row"><div class="col-md-8 article_column">
<div class="article-header"><h1>${eTitle}</h1><p class="subtitle"><em>${eSum}</em></p></div>
<div class="article_share"><span class="share_label">Share on:</span>${links(eSocial)}</div>
<div class="article-content">
<p><span class="dateline">${(eP[0] ?? '').slice(0, 63)}</span>${(eP[0] ?? '').slice(63)}</p>
${ps(eP.slice(1))}
<h3>${eH1}</h3>
${ps(eP2)}
<blockquote><p>${eQuote}</p></blockquote>
<h3>${eH2}</h3>
${ps(eP3)}
</div>
<div class="contact"><p>${eContact.slice(0, 3).join('<br>\n')}<br>\n<a href="#" class="email_us">${eContact[3] ?? ''}</a></p>
<p>${eContact[4] ?? ''} <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">LinkedIn</a></p></div>
<p class="disclaimer">${eDisclaimer}</p>
<div class="channels"><span class="channels_label">Distribution channels:</span>
${eChannels.map((c) => `<a href="#">${c.replace('&', '&amp;')}</a>`).join(', ')}</div>
<div class="you_just_read"><p class="label">You just read:</p><p class="you_just_read_sub">News provided by Loafwright Bakehouse on March 3, 2026</p>
<p class="transparency">EIN Presswire's priority is source transparency. We do not allow opaque clients, and our editors try to be careful about
weeding out false and misleading content.</p></div></div>
<div class="col-md-4 sidebar"><div class="more_from"><h4>More From This Author</h4><ul>${links(eMore)}</ul>
<a href="#">View All Stories From This Author</a></div>
<div class="ad_block"><span class="ad_label">Advertisement</span><div id="div-gpt-ad-ein-sidebar"></div></div></div></div></div>
<footer class="footer"><ul>${links(eFoot)}</ul><p>© 1995-2026 Newsmatics Inc. dba EIN Presswire. All Right Reserved.</p></footer></body></html>`;
export const einPresswire: TestPage = {
  name: 'heldout397-einpresswire-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2],
  body: texts([eSum, ...eP, ...eP2, eQuote, ...eP3]),
  bylines: ['News provided by Loafwright Bakehouse on March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'EIN Presswire', ...eTop, 'Share on:', ...eSocial, ...eContact, eDisclaimer, 'Distribution channels:', ...eChannels, 'You just read:',
    "EIN Presswire's priority is source transparency. We do not allow opaque clients, and our editors try to be careful about " +
      'weeding out false and misleading content.',
    'More From This Author', ...eMore, 'View All Stories From This Author', 'Advertisement', ...eFoot,
    '© 1995-2026 Newsmatics Inc. dba EIN Presswire. All Right Reserved.',
  ],
};
