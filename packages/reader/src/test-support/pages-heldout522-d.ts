import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, uniq } from './pages-heldout522-kit.js';

/**
 * Held-out batch 522, file d: a home security installer's blog post on Webflow (CMS collection page, w-richtext body, newsletter
 * form with its success and error messages), and a trade forum thread on Discourse (the server-rendered crawler view).
 */
const wTitle = 'Wiring a Victorian terrace for a wireless alarm without lifting a floorboard';
const wBody = [
  j(
    'The house on Alder Street had everything an alarm engineer dreads: solid plaster walls, original pine floors the owners would not',
    'let us touch, and a cellar with no power. A wired system was out of the question.',
  ),
  'Planning the detector layout',
  j(
    'We walked the house with the owners and agreed where people actually move at night. That gave us five motion detectors, door',
    'contacts on the front and back doors, and a shock sensor on the cellar hatch, the one door a burglar would not expect to be covered.',
  ),
  'Getting a signal through solid walls',
  j(
    'Nine-inch brick walls eat radio signals. Before fitting anything we ran a signal survey from every detector position. Two rooms',
    'at the back were weak, so we added a wireless repeater on the landing, powered from an existing socket.',
  ),
  'The finished system',
  'Grade 2 wireless panel with a 4G and Wi-Fi dual path',
  'Five pet-tolerant motion detectors and two door contacts',
  'External siren with a flashing strobe on the front elevation',
  'App control for both owners and their daughter',
  j('The whole job took one engineer seven hours, and the only marks left behind were four screw holes for the siren bracket.'),
];
const wHeads = [wBody[1] ?? '', wBody[3] ?? '', wBody[5] ?? ''];
const wNav = ['Services', 'Projects', 'Journal', 'About', 'Get a quote'];
const wMore = ['Choosing a siren that will not annoy the neighbours', 'Alarm monitoring explained in five minutes'];
const wHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  --><!--  Last Published: Tue Oct 20 2026 09:12:44 GMT+0000
(Coordinated Universal Time)  -->
<html data-wf-domain="www.northgatealarms.co.uk" data-wf-page="66f1c2a9e4b0" data-wf-site="66e0a1b8c3d2" lang="en"><head><meta charset="utf-8">
<title>${wTitle} | Northgate Alarms</title><meta content="How we fitted a Grade 2 wireless alarm in a Victorian terrace with solid walls." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/66e0a1b8c3d2/css/northgate-alarms.webflow.3c1b2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in
o)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/66e0a1b8c3d2/logo.svg" loading="lazy"
alt="Northgate Alarms"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link
w-nav-link">${n}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post"><div class="container-narrow w-container"><a href="/journal" class="back-link w-inline-block"><div>← All posts</div></a>
<div class="post-category">Case study</div><h1 class="post-title">${wTitle}</h1><div class="post-meta"><div class="post-author">Tom Reaney</div>
<div class="post-meta-divider">·</div><div class="post-date">October 20, 2026</div></div>
<img src="https://assets-global.website-files.com/66e0a1b8c3d2/alder-street.jpg" loading="lazy" alt="The front of the terrace on Alder Street"
class="post-image">
<div class="post-body w-richtext">${ps([wBody[0] ?? ''])}<h2>${wHeads[0]}</h2>${ps([wBody[2] ?? ''])}<h2>${wHeads[1]}</h2>${ps([wBody[4] ?? ''])}
<h2>${wHeads[2]}</h2><ul role="list">${lis(wBody.slice(6, 10))}</ul>${ps([wBody[10] ?? ''])}</div></div></div>
<div class="section-more"><div class="w-container"><h3 class="heading-more">More from the journal</h3><div class="w-dyn-list"><div role="list" class="more-list
w-dyn-items">
${wMore
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/x" class="more-card w-inline-block"><div class="more-title">${t}</div></a>
</div>`,
  )
  .join('')}
</div></div></div></div>
<div class="section-newsletter"><div class="w-container"><h3>Security tips, once a month</h3><div class="w-form"><form id="email-form" name="email-form"
data-name="Email Form"
method="get" class="newsletter-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email"
id="email" required>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></div>
<footer class="footer"><div class="w-container"><div class="footer-text">Northgate Alarms Ltd · NSI Silver · 22 Quarry Road, Eastby</div>
<div class="footer-text">© 2026 Northgate Alarms Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=66e0a1b8c3d2" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/66e0a1b8c3d2/js/webflow.4b7a1c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout522-webflow-alarm-case-study',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: texts(wBody.filter((_, i) => ![1, 3, 5].includes(i))),
  bylines: ['Tom Reaney', 'October 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...wNav, '← All posts', 'Case study', 'More from the journal', ...wMore, 'Security tips, once a month',
    'Northgate Alarms Ltd · NSI Silver · 22 Quarry Road, Eastby', '© 2026 Northgate Alarms Ltd',
  ]),
};

const dTitle = 'Snapped euro cylinder on a uPVC door: extract or drill?';
const dPosts: [string, string, string[]][] = [
  [
    'lockjaw_pete',
    'November 3, 2026, 8:14pm',
    [
      j(
        'Call-out tonight to a rental. Someone had a go at the back door, cylinder snapped at the cam but the door is still locked.',
        'The multipoint is thrown, hook bolts engaged. Customer wants it open without a new door.',
      ),
      j(
        'Usual approach is to pull the rest of the cylinder and turn the cam with a tool.',
        'Anyone found a better way on the anti-snap ones where the cam is shrouded?',
      ),
    ],
  ],
  [
    'R_Hallam',
    'November 3, 2026, 8:41pm',
    [
      j(
        'If the sacrificial section has gone and the cam is shrouded, extraction usually still works. Screw into the remaining plug,',
        'pull with a slide hammer and you should be looking at the cam.',
      ),
      'I would not drill unless you have to. You will ruin the gearbox on a lot of those mechanisms.',
    ],
  ],
  [
    'lockjaw_pete',
    'November 3, 2026, 9:30pm',
    ['Extraction worked. Cam turned with a thin tool on the second go. New cylinder in and the customer is happy. Thanks.'],
  ],
  [
    'Deb_Ormond',
    'November 4, 2026, 7:02am',
    [j('Worth telling the landlord to check the other doors. When we see one snapped cylinder on a street we usually see three', 'more within a fortnight.')],
  ],
];
const dNav = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dRel = [
  ['Gearbox failure after drilling a cylinder', '6', '1.2k', 'Sep 2026'],
  ['Best slide hammer for extractions?', '14', '3.4k', 'Jul 2026'],
];
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Door &amp; Lock Work - Trade Locksmith Forum</title>
<meta name="description" content="Call-out tonight to a rental. Someone had a go at the back door, cylinder snapped at the cam…"><meta name="generator"
content="Discourse 3.4.0.beta2">
<link rel="canonical" href="https://forum.tradelocksmiths.org/t/snapped-euro-cylinder-on-a-upvc-door-extract-or-drill/18422">
<link href="/stylesheets/color_definitions_base__3_0e7d2c.css?__ws=forum.tradelocksmiths.org" media="all" rel="stylesheet" class="light-scheme">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.tradelocksmiths.org",
"potentialAction":{"@type":"SearchAction"}}</script>
<meta property="og:site_name" content="Trade Locksmith Forum"><meta property="og:type" content="website"></head>
<body class="crawler "><header><a href="/"><img src="https://forum.tradelocksmiths.org/uploads/default/original/1X/logo.png" alt="Trade Locksmith Forum"
id="site-logo"
style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/snapped-euro-cylinder-on-a-upvc-door-extract-or-drill/18422">${dTitle}</a>
</h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/door-and-lock-work/7" class="badge-wrapper bullet" itemprop="item"><span class="badge-category-bg" style="background-color: #0E76BD"></span>
<span class="badge-category clear-badge"><span class="category-name" itemprop="name">Door &amp; Lock Work</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-category"><div class="discourse-tags list-tags"><a href="/tag/upvc" class="discourse-tag" rel="tag">upvc</a>,
<a href="/tag/anti-snap" class="discourse-tag" rel="tag">anti-snap</a></div></div></div>
<div itemscope itemtype="http://schema.org/DiscussionForumPosting"><meta itemprop="headline" content="${dTitle}">
${dPosts
  .map(
    (
      [u, d, p],
      i,
    ) => `<div id="post_${i + 1}" ${i === 0 ? '' : 'itemprop="comment" itemscope itemtype="http://schema.org/Comment"'} class="topic-body crawler-post">
<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/${u}"><span
itemprop="name">${u}</span></a>
</span><link itemprop="mainEntityOfPage" href="/t/18422"><span class="crawler-post-infos"><time itemprop="datePublished" datetime="2026-11-03T20:14:00Z"
class="post-time">
${d}</time><meta itemprop="dateModified" content="2026-11-03T20:14:00Z"><span itemprop="position">${i + 1}</span></span></div>
<div class="post" itemprop="${i === 0 ? 'articleBody' : 'text'}">${ps(p)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
<meta itemprop="userInteractionCount" content="${i + 2}" /><span class='post-likes'>${i + 2} Likes</span></div></div>`,
  )
  .join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title"><h3 id="related-topics-title"
class="more-topics__list-title">
Related topics</h3><div class="topic-list-container" itemscope itemtype="http://schema.org/ItemList"><table class="topic-list"><thead><tr><th>Topic</th><th>
</th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRel
  .map(
    ([t, r, v, a]) => `<tr class="topic-list-item"><td class="main-link"><meta itemprop="position" content="1"><span class="link-top-line"><a
itemprop="url" href="/t/x" class="title raw-link raw-topic-link">${t}</a></span></td><td></td>
<td class="replies"><span class="posts">${r}</span></td><td class="views"><span class="views">${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class="crawler-nav"><ul>${links(dNav)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div></body></html>`;
const discourse: TestPage = {
  name: 'heldout522-discourse-snapped-cylinder',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , p]) => p)),
  bylines: uniq(dPosts.flatMap(([u, d]) => [u, d])),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Door & Lock Work', 'upvc', 'anti-snap', '1', '2', '3', '4', '2 Likes', '3 Likes', '4 Likes', '5 Likes', 'Related topics', 'Topic', 'Replies', 'Views',
    'Activity', ...dRel.flat(), ...dNav, 'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

export const HELDOUT522_D: readonly TestPage[] = [webflow, discourse];
