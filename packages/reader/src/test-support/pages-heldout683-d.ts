import { type TestPage, texts } from './page-kit.js';
import { j, uniq } from './pages-heldout683-kit.js';

/**
 * Held-out batch 683, file d: a wedding planner's FAQ page on Webflow (collapsed accordion answers, a CTA band, a footer with a
 * newsletter form), and a wedding forum thread about a florist's quote on Discourse, saved as the crawler (no-JavaScript) view.
 */
const fTitle = 'Frequently asked questions';
const fIntro =
  'Everything couples usually ask us before the first call. If your question is not here, send us a note and we will reply within two working days.';
const fQa: [string, string][] = [
  [
    'When should we book a planner?',
    j(
      'Most of our couples book twelve to eighteen months ahead, but we take on a handful of shorter engagements each year. For',
      'day-of coordination, six months is plenty.',
    ),
  ],
  [
    'Do you work outside the Lantern Coast?',
    j(
      'Yes. We plan weddings anywhere within a three-hour drive of Port Ellery without a travel fee. Further afield, we add travel',
      'and accommodation for the two of us at cost.',
    ),
  ],
  [
    'How do you charge?',
    j(
      'Full planning is a flat fee agreed at the start, never a percentage of your budget. Partial planning and coordination are',
      'fixed packages. A deposit of 30 percent secures your date and the balance is due four weeks before the wedding.',
    ),
  ],
  [
    'Will we have to use your suppliers?',
    j('No. We will share the florists, caterers and photographers we trust, but if you have already booked someone, we are happy', 'to work with them.'),
  ],
  [
    'What happens if it rains?',
    j(
      'Every plan we write has a wet-weather version, agreed with the venue months in advance. On the day we make the call by 10 am',
      'so that suppliers have time to adjust.',
    ),
  ],
  ['How many weddings do you take on each year?', 'No more than twenty, and never more than one on the same weekend.'],
];
const fNav = ['Services', 'Portfolio', 'About', 'Journal'];
const fFoot = ['Services', 'Portfolio', 'FAQ', 'Contact', 'Instagram', 'Pinterest'];
const fItem = (
  [q, a]: [string, string],
  i: number,
): string => `<div class="faq-item"><div data-w-id="b2f1e0c4-${i}" class="faq-question"><h3 class="faq-heading">${q}</h3>
<img src="https://cdn.prod.website-files.com/64a1/64a1c2_plus.svg" loading="lazy" alt="" class="faq-icon"></div><div class="faq-answer"
style="height:0px"><p class="faq-paragraph">${a}</p></div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 01 2027 09:14:52 GMT+0000 -->
<html data-wf-domain="www.larkandlantern.com" data-wf-page="64a1c2e0f3b8" data-wf-site="64a1c2e0f3a1" lang="en"><head><meta charset="utf-8">
<title>FAQ | Lark &amp; Lantern Events</title><meta content="Answers to the questions couples ask us most about wedding planning." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/64a1c2e0f3a1/css/lark-lantern.webflow.shared.7c1e2a.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage",
"mainEntity":[{"@type":"Question","name":"When should we book a planner?"}]}</script>
</head><body class="body"><div data-animation="default" class="navbar w-nav" data-easing2="ease" data-easing="ease" data-collapse="medium" role="banner"
data-duration="400"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://cdn.prod.website-files.com/64a1/logo.svg"
loading="lazy" alt="Lark &amp; Lantern Events" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${fNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}<a href="/contact" class="button nav-button w-button">Start planning</a></nav><div class="menu-button w-nav-button">
<div class="w-icon-nav-menu"></div></div></div></div>
<section class="section faq-hero"><div class="container w-container"><h1 class="heading-xl">${fTitle}</h1><p
class="paragraph-large">${fIntro}</p></div></section>
<section class="section faq"><div class="container narrow w-container"><div class="faq-wrapper">${fQa.map(fItem).join('\n')}</div></div></section>
<section class="section cta-band"><div class="container w-container"><div class="cta-block"><h2 class="heading-l">Ready to start planning?</h2><p
class="cta-text">Tell
us about your day and we will send our availability and a sample timeline.</p><a href="/contact" class="button w-button">Book a
consultation</a></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><img
src="https://cdn.prod.website-files.com/64a1/logo-light.svg"
loading="lazy" alt="Lark &amp; Lantern Events" class="footer-logo"><p class="footer-text">Wedding planning and design on the Lantern Coast since 2016.</p></div>
<div class="footer-col"><div class="footer-heading">Explore</div>${fFoot
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="footer-link">${t}</a>`,
  )
  .join('')}</div>
<div class="footer-col"><div class="footer-heading">Notes from the studio</div><div class="form-block w-form"><form id="email-form" name="email-form"
data-name="Email Form" method="get" class="footer-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your
email"
type="email" id="email" required><input type="submit" data-wait="Please wait..." class="button small w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div><div
class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the
form.</div></div></div></div></div>
<div class="footer-bottom"><div>© 2027 Lark &amp; Lantern Events. All rights reserved.</div><a href="/privacy" class="footer-link small">Privacy
policy</a></div>
</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a1c2e0f3a1" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.com/64a1c2e0f3a1/js/webflow.4f2a1b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout683-webflow-planner-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fQa.map(([q]) => q),
  body: [fIntro, ...fQa.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    ...fNav, 'Start planning', 'Ready to start planning?', 'Tell us about your day and we will send our availability and a sample timeline.',
    'Book a consultation', 'Wedding planning and design on the Lantern Coast since 2016.', 'Explore', ...fFoot, 'Notes from the studio',
    '© 2027 Lark & Lantern Events. All rights reserved.', 'Privacy policy',
  ]),
};

const dTitle = 'Florist quoted $4,800 for 120 guests - is that normal?';
type Post = { user: string; time: string; iso: string; paras: string[]; list?: string[]; likes?: string };
const dPosts: Post[] = [
  {
    user: 'junebug_weds',
    time: 'April 9, 2027,  9:14pm',
    iso: '2027-04-09T21:14:03Z',
    likes: '3 Likes',
    paras: [
      j(
        'We just got our first florist quote back and I nearly fell off my chair. $4,800 for a bridal bouquet, four bridesmaid bouquets,',
        'eight buttonholes, twelve centrepieces and a ceremony arch. Wedding is in October, 120 guests, nothing exotic, mostly roses',
        'and greenery.',
      ),
      'Is this normal? Our whole budget is around $30k and flowers were supposed to be maybe $2,500. Should we be getting more quotes?',
    ],
  },
  {
    user: 'petalpusher_ada',
    time: 'April 9, 2027, 10:02pm',
    iso: '2027-04-09T22:02:41Z',
    likes: '11 Likes',
    paras: [
      'Florist here. Honestly that is in the normal range for 120 guests, especially with an arch. Roughly where the money goes on a quote like that:',
      'Ask them for a line-by-line breakdown. Most florists are happy to swap things around once you can see the numbers.',
    ],
    list: [
      'Arch: $900 to $1,400, because it takes two people half a day to build and strike',
      'Centrepieces: $120 to $180 each, so about half the total',
      'Personal flowers (bouquets and buttonholes): $800 to $1,000',
      'Delivery, set-up and breakdown: $300 to $500',
    ],
  },
  {
    user: 'MarcusAndJo',
    time: 'April 10, 2027,  8:31am',
    iso: '2027-04-10T08:31:09Z',
    likes: '2 Likes',
    paras: [
      j(
        'We cut our quote by almost a third by repurposing. The ceremony arrangements moved to the head table and the bridesmaid',
        'bouquets went into jars on the cake table. Our florist suggested it, we would never have thought of it.',
      ),
    ],
  },
  {
    user: 'junebug_weds',
    time: 'April 10, 2027,  7:45pm',
    iso: '2027-04-10T19:45:22Z',
    paras: [
      j(
        'Thank you all, this is really helpful. I asked for the breakdown and the arch alone was $1,250. We are going to drop it and',
        'use the oak tree at the venue as the backdrop instead, and go with ten centrepieces. New quote is $3,350, which we can live with.',
      ),
    ],
  },
];
const dRel = [
  ['Dried flowers instead of fresh - regrets?', '14', '612', 'March 2027'],
  ['How many buttonholes do we actually need?', '9', '388', 'February 2027'],
];
const dFoot = ['Home', 'Categories', 'FAQ/Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (
  p: Post,
  i: number,
): string => `<div id='post_${i + 1}' ${i === 0 ? '' : "itemprop='comment' itemscope itemtype='http://schema.org/Comment' "}class='topic-body crawler-post'>
  <div class='crawler-post-meta'>
    <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
      <a itemprop="url" href='https://community.aislecollective.com/u/${p.user}'><span itemprop='name'>${p.user}</span></a>
    </span>
    <span class="crawler-post-infos">
        <time itemprop='datePublished' datetime='${p.iso}' class='post-time'>
          ${p.time}
        </time>
        <meta itemprop='dateModified' content='${p.iso}'>
    <span itemprop='position'>${i + 1}</span>
    </span>
  </div>
  <div class='post' itemprop='text'>
${p.paras
  .slice(0, 1)
  .map((t) => `<p>${t}</p>`)
  .join('')}${p.list ? `\n<ul>\n${p.list.map((t) => `<li>${t}</li>`).join('\n')}\n</ul>` : ''}
${p.paras
  .slice(1)
  .map((t) => `<p>${t}</p>`)
  .join('\n')}
  </div>
  <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
     <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
     <meta itemprop="userInteractionCount" content="${p.likes ? p.likes.split(' ')[0] : '0'}" />
     ${p.likes ? `<span class='post-likes'>${p.likes}</span>` : ''}
  </div>
</div>`;
const dRow = ([t, r, v, a]: string[], i: number): string => `<tr class="topic-list-item" id="topic-list-item-${i}">
  <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'><meta itemprop='position' content='${i + 1}'>
    <span class="link-top-line"><a itemprop='url' href='/t/rel-${i}/${17000 + i}' class='title raw-link raw-topic-link'>${t}</a></span>
    <div class="link-bottom-line"><a href='/c/planning/flowers-decor/12' class='badge-wrapper bullet'><span class='badge-category-bg'
    style='background-color: #E45735'></span><span class='badge-category clear-badge'><span class='category-name'>Flowers &amp; Decor</span></span></a></div>
  </td>
  <td class="replies"><span class='posts' title='posts'>${r}</span></td>
  <td class="views"><span class='views' title='views'>${v}</span></td>
  <td>
    ${a}
  </td>
</tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en">  <head>
    <meta charset="utf-8"><title>${dTitle} - Flowers &amp; Decor - The Aisle Collective</title>
    <meta name="description" content="We just got our first florist quote back and I nearly fell off my chair.">
    <meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 8c1e0f4b7a">
    <link rel="canonical" href="https://community.aislecollective.com/t/florist-quoted-4-800-for-120-guests-is-that-normal/18422" />
    <link href="/stylesheets/desktop_8f2e1c0a.css?__ws=community.aislecollective.com" media="all" rel="stylesheet" data-target="desktop" />
    <meta property="og:site_name" content="The Aisle Collective" />
    <script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://community.aislecollective.com"}</script>
  </head>
  <body class="crawler ">
    <header>
      <a href="/"><img src="/uploads/default/original/1X/aisle-logo.png" alt="The Aisle Collective" id="site-logo" style="max-width: 150px;"></a>
    </header>
    <div id="main-outlet" class="wrap" role="main">
      <div id="topic-title">
        <h1><a href="/t/florist-quoted-4-800-for-120-guests-is-that-normal/18422">${dTitle}</a></h1>
        <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/planning/5" class="badge-wrapper bullet"
          itemprop="item"><span class='badge-category-bg' style='background-color: #0E76BD'></span><span class='badge-category clear-badge'><span
          class='category-name' itemprop='name'>Planning</span></span></a><meta itemprop="position" content="1" /></span>
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/c/planning/flowers-decor/12" class="badge-wrapper bullet"
          itemprop="item"><span class='badge-category-bg' style='background-color: #E45735'></span><span class='badge-category clear-badge'><span
          class='category-name' itemprop='name'>Flowers &amp; Decor</span></span></a><meta itemprop="position" content="2" /></span>
        </div>
        <div class="topic-category"><div class='discourse-tags list-tags'>
          <a href='https://community.aislecollective.com/tag/quotes' class='discourse-tag' rel="tag">quotes</a>,
          <a href='https://community.aislecollective.com/tag/florists' class='discourse-tag' rel="tag">florists</a>
        </div></div>
      </div>
      <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
        <meta itemprop='headline' content='${dTitle}'>
        <meta itemprop='datePublished' content='2027-04-09T21:14:03Z'>
        <meta itemprop='articleSection' content='Flowers &amp; Decor'>
        <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization"><meta itemprop='name' content='The Aisle Collective'></div>
${dPosts.map(dPost).join('\n')}
      </div>
      <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
        <h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
        <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
          <table class='topic-list'>
            <thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
            <tbody>
${dRel.map(dRow).join('\n')}
            </tbody>
          </table>
        </div>
      </div>
    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'><ul>
${dFoot
  .map(
    (t) => `        <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/${t.toLowerCase()}'
itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
      </ul></nav>
      <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
    </footer>
  </body></html>`;
const discourse: TestPage = {
  name: 'heldout683-discourse-florist-quote',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => [...p.paras.slice(0, 1), ...(p.list ?? []), ...p.paras.slice(1)]),
  bylines: uniq(dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')])),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Planning', 'Flowers & Decor', ...dPosts.flatMap((p) => (p.likes ? [p.likes] : [])), 'Related topics',
    'Topic', 'Replies', 'Views', 'Activity', ...dRel.flat(), ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ]),
};

export const HELDOUT683_D: readonly TestPage[] = [webflow, discourse];
