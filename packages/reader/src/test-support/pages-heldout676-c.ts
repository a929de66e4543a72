import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout676-kit.js';

/**
 * Held-out batch 676, file c: an all-star cheer gym's tryouts page on Webflow (w-nav, rich text, a sign-up form with its hidden
 * success and error messages, a CTA band), and a Discourse thread (crawler view) on a gymnastics parents' forum.
 */
const wTitle = '2026–27 Season Tryouts';
const wDek = 'Every athlete who tries out gets a place on a team. Tryouts are about finding the right level for you.';
const wH = ['When and where', 'What to bring', 'How tryouts work', 'After tryouts'];
const wWhen = [
  'Mini and Youth (ages 5–11): Saturday 16 May, 10am–12pm',
  'Junior and Senior (ages 12–18): Saturday 16 May, 1pm–4pm',
  'Open (ages 16+): Sunday 17 May, 11am–1pm',
];
const wWhere = 'All tryouts take place at our gym, Unit 9, Ironbridge Business Park. Parking is free on site.';
const wBring = [
  'trainers and comfortable clothes (no jewellery)',
  'a water bottle and a snack',
  'a completed medical form, which we will send when you register',
];
const wHow = [
  j(
    'Athletes warm up together and then rotate through tumbling, jumps and stunting stations. Coaches score each skill on a simple',
    'scale so we can place athletes at the right level. New athletes are very welcome and there is no need to have any skills already.',
  ),
  j(
    'Returning athletes should come ready to show the skills they have been working on. If you are recovering from an injury, let',
    'us know on the registration form and a coach will adapt your stations.',
  ),
];
const wAfter = j(
  'Team placements are emailed within a week. The season fee is paid in ten monthly instalments from June, and uniform fittings',
  'take place in the first two weeks of training.',
);
const wNav = ['Teams', 'Classes', 'Tryouts', 'Schedule', 'About'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Apr 06 2026 10:12:44 GMT+0000 -->
<html data-wf-domain="www.ironbridgecheer.com" data-wf-page="65f1a0c2e4b1" data-wf-site="65f19f88a7c2" lang="en"><head><meta charset="utf-8">
<title>Tryouts | Ironbridge Cheer Athletics</title><meta content="Tryouts for the 2026–27 all-star season." name="description">
<meta content="Tryouts | Ironbridge Cheer Athletics" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65f19f88a7c2/css/ironbridge-cheer.webflow.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/65f19f88a7c2/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img
src="https://assets-global.website-files.com/65f19f88a7c2/logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link${t === 'Tryouts' ? ' w--current' : ''}">${t}</a>`).join('\n')}
<a href="#register" class="nav-button w-button">Register</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="w-layout-blockcontainer container w-container"><div class="eyebrow">All-star cheer</div>
<h1 class="hero-heading">${wTitle}</h1><p class="hero-paragraph">${wDek}</p></div></section>
<section class="content-section"><div class="w-layout-blockcontainer container-narrow w-container"><div class="rich-text w-richtext">
<h2>${wH[0]}</h2><ul role="list">${lis(wWhen)}</ul>${ps([wWhere])}
<h2>${wH[1]}</h2><ul role="list">${lis(wBring)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65f19f88a7c2/tryouts.jpg"
loading="lazy" alt="Athletes at last year's tryouts"></div><figcaption>Last year&#39;s Junior tryout group</figcaption></figure>
<h2>${wH[2]}</h2>${ps(wHow)}
<h2>${wH[3]}</h2>${ps([wAfter])}</div></div></section>
<section id="register" class="form-section"><div class="container-narrow w-container"><h2 class="form-heading">Register for tryouts</h2>
<div class="form-block w-form"><form id="wf-form-Tryout-Registration" name="wf-form-Tryout-Registration" data-name="Tryout Registration" method="get"
class="form"
data-wf-page-id="65f1a0c2e4b1" data-wf-element-id="a1b2"><label for="Athlete-name" class="field-label">Athlete name</label><input class="text-field w-input"
maxlength="256" name="Athlete-name" data-name="Athlete name" type="text" id="Athlete-name" required=""><label for="Date-of-birth" class="field-label">Date of
birth</label>
<input class="text-field w-input" name="Date-of-birth" type="date" id="Date-of-birth"><label for="Parent-email" class="field-label">Parent email</label>
<input class="text-field w-input" name="Parent-email" type="email" id="Parent-email" required=""><input type="submit" data-wait="Please wait..."
class="submit-button w-button"
value="Submit"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Tryout Registration success"><div>Thank you! Your submission has been
received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Tryout Registration failure"><div>Oops! Something went wrong while submitting the form.</div>
</div></div></div></section>
<section class="cta-section"><div class="container w-container"><h2 class="cta-heading">Not ready for a team yet?</h2><p class="cta-text">Try a recreational
tumbling
class first. No commitment, pay as you go.</p><a href="/classes" class="button-secondary w-button">See classes</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div><div class="footer-brand">Ironbridge Cheer Athletics</div>
<p class="footer-text">Unit 9, Ironbridge Business Park, Telmarsh TF9 4QA</p></div><div><div class="footer-title">Gym</div>
${['Teams', 'Schedule', 'Policies', 'Contact'].map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div>
<div><div class="footer-title">Follow</div><a href="https://instagram.com/ironbridgecheer" class="footer-link">Instagram</a><a
href="https://tiktok.com/@ironbridgecheer"
class="footer-link">TikTok</a></div></div><div class="footer-legal">© 2026 Ironbridge Cheer Athletics Ltd. All rights reserved.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f19f88a7c2" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f19f88a7c2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout676-webflow-tryouts',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wDek, ...wWhen, wWhere, ...wBring, ...wHow, wAfter]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Teams', 'Classes', 'Schedule', 'All-star cheer', "Last year's Junior tryout group", 'Register for tryouts', 'Athlete name',
    'Date of birth', 'Parent email', 'Not ready for a team yet?', 'Try a recreational tumbling class first. No commitment, pay as you go.', 'See classes',
    'Ironbridge Cheer Athletics', 'Unit 9, Ironbridge Business Park, Telmarsh TF9 4QA', 'Policies', 'Contact', 'Follow', 'Instagram', 'TikTok',
    '© 2026 Ironbridge Cheer Athletics Ltd. All rights reserved.',
  ],
};

const dTitle = 'Moving from rec to pre-team: how many hours did your club ask for?';
const dPosts: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  [
    'jenw',
    'Jen Whitlow',
    '2026-02-10T20:14:22Z',
    'February 10, 2026,  8:14pm',
    [
      j(
        'My daughter (7) has been invited to move from the Saturday rec class into the pre-team group after Easter. The letter says',
        'six hours a week over two evenings and Saturday morning, which is a big jump from one hour.',
      ),
      'For those whose kids have made the move: did they cope with the hours at that age? And did the club let you start with fewer sessions?',
    ],
  ],
  [
    'gymdad_pete',
    'Pete Orchard',
    '2026-02-10T21:02:51Z',
    'February 10, 2026,  9:02pm',
    [
      j(
        'Our son moved up at 8 and it was six hours for us too. The first month he was shattered on the Tuesday, but by half term',
        'he was asking for more. Coach Dana was happy for him to miss the odd Tuesday at first as long as we told her in advance.',
      ),
    ],
  ],
  [
    'rachel.k',
    'Rachel Kaminski',
    '2026-02-11T07:45:10Z',
    'February 11, 2026,  7:45am',
    [
      j(
        'Worth asking about the fees before you say yes. Pre-team is billed monthly rather than termly, and there is a competition kit to buy',
        '(about £95 for the leotard and tracksuit).',
      ),
      'We also found the Saturday session clashed with swimming, so we had to choose. No regrets though.',
    ],
  ],
  [
    'jenw',
    'Jen Whitlow',
    '2026-02-11T12:30:04Z',
    'February 11, 2026, 12:30pm',
    ['Thanks both, that is really helpful. I will ask about a gentler start and the kit costs at the parents\u2019 meeting next week.'],
  ],
  [
    'WestmoorAdmin',
    '',
    '2026-02-11T13:10:37Z',
    'February 11, 2026,  1:10pm',
    [
      j(
        'Just to add from the club side: the pre-team meeting is on Thursday 19 February at 6pm in the viewing gallery. Coaches will',
        'go through the hours, fees and kit, and there will be time for questions.',
      ),
    ],
  ],
];
const dRelated: readonly (readonly [string, string, string, string])[] = [
  ['Grips: when did your gymnast start using them?', '7', '214', 'Jan 2026'],
  ['Car share for Saturday training from Eastfield', '3', '96', 'Jan 2026'],
  ['Holiday camp: worth it for a 6 year old?', '5', '141', 'Dec 2025'],
];
const dPost = (
  [u, full, iso, shown, paras]: readonly [string, string, string, string, readonly string[]],
  i: number,
): string => `<div id='post_${i + 1}' class='topic-body crawler-post'>
  <div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
    <a itemprop="url" rel="nofollow" href='https://forum.westmoorgym.org/u/${u}'><span itemprop='name'>${u}</span></a>${full === '' ? '' : `\n    (${full})`}
  </span><link itemprop="mainEntityOfPage" href="https://forum.westmoorgym.org/t/moving-from-rec-to-pre-team/412">
  <span class="crawler-post-infos"><time itemprop='datePublished' datetime='${iso}' class='post-time'>
      ${shown}
    </time><meta itemprop='position' content='${i + 1}'></span></div>
  <div class='post' itemprop='text'>
${ps(paras)}
  </div>
  <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType"
content="http://schema.org/LikeAction"/>
    <meta itemprop="userInteractionCount" content="${i === 1 ? 4 : 1}" /><span class='post-likes'>${i === 1 ? '4 Likes' : '1 Like'}</span></div>
</div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${dTitle} - Club Life - Westmoor Gym Parents</title>
    <meta name="description" content="My daughter (7) has been invited to move from the Saturday rec class into the pre-team group after Easter.">
    <meta name="generator" content="Discourse 3.3.1 - https://github.com/discourse/discourse version 3.3.1">
    <link rel="canonical" href="https://forum.westmoorgym.org/t/moving-from-rec-to-pre-team/412" />
    <link href="/stylesheets/color_definitions_westmoor_2_3_a91c.css?__ws=forum.westmoorgym.org" media="all" rel="stylesheet" class="light-scheme"/>
    <link href="/stylesheets/desktop_2f1e.css?__ws=forum.westmoorgym.org" media="all" rel="stylesheet" data-target="desktop"  />
    <script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.westmoorgym.org","name":"Westmoor Gym Parents"}
</script>
    <meta property="og:site_name" content="Westmoor Gym Parents" /><meta property="og:type" content="website" />
    <meta property="og:title" content="${dTitle}" /><meta property="article:section" content="Club Life" />
  </head>
  <body class="crawler ">
    <header>
  <a href="/"><img src="https://forum.westmoorgym.org/uploads/default/original/1X/logo.png" alt="Westmoor Gym Parents" id="site-logo" style="max-width: 150px;">
</a>
</header>
    <div id="main-outlet" class="wrap" role="main">
        <div id="topic-title">
    <h1>
      <a href="/t/moving-from-rec-to-pre-team/412">${dTitle}</a>
    </h1>
      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a href="/c/club-life/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #5B2A86'></span>
              <span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Club Life</span></span></a>
            <meta itemprop="position" content="1" />
          </span>
      </div>
      <div class="topic-category"><div class='discourse-tags list-tags'><a href='https://forum.westmoorgym.org/tag/fees' class='discourse-tag' rel="tag">fees
</a>
        ,<a href='https://forum.westmoorgym.org/tag/squads' class='discourse-tag' rel="tag">squads</a></div></div>
  </div>
  <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
    <meta itemprop='headline' content='${dTitle}'><link itemprop='url' href='https://forum.westmoorgym.org/t/moving-from-rec-to-pre-team/412'>
    <meta itemprop='datePublished' content='2026-02-10T20:14:22Z'><meta itemprop='articleSection' content='Club Life'>
${dPosts.map(dPost).join('\n')}
  </div>
    <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
      <h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
      <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'><meta itemprop='itemListOrder'
content='http://schema.org/ItemListOrderDescending'>
        <table class='topic-list'><thead><tr><th>Topic</th><th></th><th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead>
          <tbody>
${dRelated
  .map(
    ([t, r, v, a], i) => `<tr class="topic-list-item" id="topic-list-item-${398 + i}"><td class="main-link" itemprop='itemListElement' itemscope
itemtype='http://schema.org/ListItem'>
  <meta itemprop='position' content='${i + 1}'><span class="link-top-line"><a itemprop='url' href='https://forum.westmoorgym.org/t/${398 + i}'
class='title raw-link raw-topic-link'>${t}</a></span>
  <div class="link-bottom-line"><a href='/c/club-life/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #5B2A86'></span>
  <span class='badge-category clear-badge'><span class='category-name'>Club Life</span></span></a></div></td>
  <td class="replies"><span class='posts' title='posts'>${r}</span></td><td class="views"><span class='views' title='views'>${v}</span></td><td>${a}</td></tr>`,
  )
  .join('\n')}
          </tbody></table></div></div>
    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'><ul>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/' itemprop="url">Home </a></span></li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/categories' itemprop="url">Categories </a></span></li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/guidelines' itemprop="url">Guidelines </a></span></li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/tos' itemprop="url">Terms of Service </a></span></li>
        <li itemscope itemtype='http://schema.org/SiteNavigationElement'><span itemprop='name'><a href='/privacy' itemprop="url">Privacy Policy </a></span></li>
      </ul></nav>
      <p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
    </footer>
  </body>
</html>`;
const discourse: TestPage = {
  name: 'heldout676-discourse-pre-team',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap(([, , , , paras]) => paras)),
  bylines: [...new Set(dPosts.flatMap(([u, full, , shown]) => [u, ...(full === '' ? [] : [`(${full})`]), shown.replace(/\s+/g, ' ')]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Club Life', 'squads', '4 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated.flatMap(([t, r, v]) => [t, r, v]).filter((t) => t !== '7'), 'Jan 2026',
    'Dec 2025',
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT676_C: readonly TestPage[] = [webflow, discourse];
