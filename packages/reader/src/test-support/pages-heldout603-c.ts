import { ps, type TestPage } from './page-kit.js';
import { as, j, lis } from './pages-heldout603-kit.js';

/**
 * Held-out batch 603, file c: a pickleball club's beginner clinics page on Webflow (navbar, rich text, sign-up form), and a
 * Discourse forum thread on a tennis club's ladder rules as Discourse serves it to crawlers.
 */
const wTitle = 'Beginner Clinics';
const wDek = 'Never held a paddle? Start here. Three Saturday mornings, four players to a court, one coach.';
const wH = ['What you will learn', 'Dates and cost', 'Reserve a spot'];
const wLearn = [
  'The rules, the score and where to stand',
  'The serve, the return and the third-shot drop',
  'Dinking, and why the kitchen line matters',
  'Playing a friendly game with other new players',
];
const wCost = [
  j(
    'Clinics run on the first three Saturdays of every month at the Dinkwell courts on Fenwick Street, from 9:00 to 10:30.',
    'The three sessions cost $60 in total, and paddles and balls are provided.',
  ),
  'Clinic players who join the club within 30 days get their first month of membership free.',
];
const wForm = 'Fill in the form below and we will email you to confirm your place. Clinics are capped at 12 players.';
const wNav = ['Play', 'Clinics', 'Leagues', 'Membership', 'About'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 02 2027 17:21:08 GMT+0000 -->
<html data-wf-domain="www.dinkwellpickleball.example" data-wf-page="65a1f0c2e4b1a9d3c8f20011" data-wf-site="65a1f0c2e4b1a9d3c8f20001"><head>
<meta charset="utf-8"><title>Beginner Clinics | Dinkwell Pickleball Club</title><meta content="${wDek}" name="description">
<meta content="Beginner Clinics | Dinkwell Pickleball Club" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65a1f0c2e4b1a9d3c8f20001/css/dinkwell.webflow.a1b2c3.css"
 rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||
o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img
src="https://assets-global.website-files.com/65a1/logo.svg"
 loading="lazy" alt="Dinkwell Pickleball Club" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${as(wNav, 'nav-link w-nav-link')}
<a href="/join" class="button nav-button w-button">Join Dinkwell</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section hero-clinics"><div class="container w-container"><div class="eyebrow">Learn to play</div><h1 class="heading-hero">${wTitle}</h1>
<p class="hero-paragraph">${wDek}</p><a href="#reserve" class="button w-button">Reserve a spot →</a></div></section>
<section class="section"><div class="container w-container"><div class="rich-text-clinics w-richtext">
<h2>${wH[0]}</h2><ul role="list">${lis(wLearn)}</ul>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://assets-global.website-files.com/65a1/clinic.jpg" loading="lazy"
 alt=""></div><figcaption>Coach Renata Vos with a Saturday clinic group.</figcaption></figure>
<h2>${wH[1]}</h2>${ps(wCost)}</div></div></section>
<section id="reserve" class="section form-section"><div class="container w-container"><h2 class="heading-2">${wH[2]}</h2><p class="form-intro">${wForm}</p>
<div class="form-block w-form"><form id="wf-form-Clinic-Signup" name="wf-form-Clinic-Signup" data-name="Clinic Signup" method="get" class="form"
 data-wf-page-id="65a1f0c2e4b1a9d3c8f20011" data-wf-element-id="c1d2e3f4"><label for="Name" class="field-label">Your name</label>
<input class="text-field w-input" maxlength="256" name="Name" data-name="Name" type="text" id="Name" required="">
<label for="Email" class="field-label">Email address</label><input class="text-field w-input" maxlength="256" name="Email" type="email" id="Email" required="">
<label for="Month" class="field-label">Which month?</label><select id="Month" name="Month" class="select-field w-select"><option value="April">April</option>
<option value="May">May</option></select><input type="submit" data-wait="Please wait..." class="button w-button" value="Reserve my spot"></form>
<div class="success-message w-form-done" tabindex="-1" role="region"
aria-label="Clinic Signup success"><div>Thanks! We will be in touch within two days.</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Clinic Signup failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<section class="footer"><div class="container w-container"><div class="footer-grid"><div><div class="footer-heading">Dinkwell Pickleball Club</div>
<p class="footer-text">210 Fenwick Street, Port Arden</p></div><div><div class="footer-heading">Follow</div>
<a href="https://instagram.com/dinkwell.example" class="footer-link">Instagram</a><a href="https://facebook.com/dinkwell.example"
class="footer-link">Facebook</a>
</div></div><div class="footer-legal">© 2027 Dinkwell Pickleball Club. All rights reserved.</div></div></section>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a1f0c2e4b1a9d3c8f20001" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a1f0c2e4b1a9d3c8f20001/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout603-webflow-pickleball-clinics',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: [wDek, ...wLearn, ...wCost, wForm],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => !['Clinics', 'Membership'].includes(t)), 'Join Dinkwell', 'Learn to play', 'Coach Renata Vos with a Saturday clinic group.',
    'Your name', 'Email address', 'Which month?', 'Thanks! We will be in touch within two days.', 'Oops! Something went wrong while submitting the form.',
    'Dinkwell Pickleball Club', '210 Fenwick Street, Port Arden', 'Follow', 'Instagram', 'Facebook', '© 2027 Dinkwell Pickleball Club. All rights reserved.',
  ],
};

const dTitle = 'Ladder challenges: can I challenge two places up after a walkover?';
const dPosts: { user: string; time: string; iso: string; likes: string; paras: string[] }[] = [
  {
    user: 'hmercer',
    time: 'April 2, 2027,  6:21pm',
    iso: '2027-04-02T18:21:09Z',
    likes: '2 Likes',
    paras: [
      j(
        'Quick one for the ladder organisers. I am 14th on the singles ladder. Last week the player in 13th gave me a walkover because',
        'he is injured, so I moved up one place. Can I now challenge 11th, or does the walkover count as my one challenge for the fortnight?',
      ),
      'The rules page says "one challenge per fortnight" but does not say whether a walkover is a challenge.',
    ],
  },
  {
    user: 'ladder_admin',
    time: 'April 2, 2027,  8:05pm',
    iso: '2027-04-02T20:05:44Z',
    likes: '4 Likes',
    paras: [
      j(
        'Good question, and we should have made this clearer. A walkover counts as a played challenge, so your next challenge opens on',
        'the 16th. From then you can challenge up to three places above you as usual.',
      ),
      'I will update the rules page this weekend so it says so.',
    ],
  },
  {
    user: 'Sunita_R',
    time: 'April 3, 2027,  9:47am',
    iso: '2027-04-03T09:47:12Z',
    likes: '1 Like',
    paras: [
      j(
        'While you are editing it, could you add what happens when someone does not reply to a challenge within seven days? Last season',
        'that was handled differently by different people.',
      ),
    ],
  },
];
const dRelated = [
  ['Summer ladder sign-up is open', 'Club Ladder', '9', '236', 'March 2027'],
  ['Booking courts for ladder matches', 'Court Bookings', '6', '187', 'February 2027'],
];
const dPost = (p: (typeof dPosts)[number], n: number): string => `<div id='post_${n}' itemscope itemtype='http://schema.org/DiscussionForumPosting'
 class='topic-body crawler-post'><div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.oakfieldtennis.example/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.oakfieldtennis.example/t/ladder-challenges-walkover/812"><span class="crawler-post-infos">
<time itemprop='datePublished' datetime='${p.iso}' class='post-time'>${p.time}</time><meta itemprop='position' content='${n}'></span></div>
<div class='post row' itemprop='text'>
${ps(p.paras)}
</div><div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction"><meta itemprop="userInteractionCount" content="${p.likes.split(' ')[0]}">
<span class='post-likes'>${p.likes}</span></div></div>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Club Ladder - Oakfield Tennis Forum</title>
<meta name="description" content="Quick one for the ladder organisers. I am 14th on the singles ladder.">
<meta name="generator" content="Discourse 3.2.1 - https://github.com/discourse/discourse version 4c2f8a1"><link rel="icon" type="image/png"
href="/uploads/default/optimized/1X/favicon.png">
<meta name="theme-color" media="all" content="#ffffff"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0,
viewport-fit=cover">
<link rel="canonical" href="https://forum.oakfieldtennis.example/t/ladder-challenges-walkover/812"><meta property="og:site_name"
content="Oakfield Tennis Forum">
<link href="/stylesheets/color_definitions_base__1_a1b2.css" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_3a1c.css" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"QAPage","name":"${dTitle}","mainEntity":{"@type":"Question","name":"${dTitle}",
"answerCount":2,"datePublished":"2027-04-02T18:21:09Z","author":{"@type":"Person","name":"hmercer"}}}</script></head>
<body class="crawler "><header><a href="/"><img src="/uploads/default/original/1X/oakfield-logo.png" alt="Oakfield Tennis Forum" id="site-logo"
 style="max-width: 150px;"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/ladder-challenges-walkover/812">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope
itemtype="http://schema.org/ListItem">
<a href="/c/club-ladder/5" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Club Ladder</span></span></a><meta itemprop="position"
content="1"></span></div>
<div class="topic-list-tags"><a href='https://forum.oakfieldtennis.example/tag/rules' class='discourse-tag'>rules</a>
<a href='https://forum.oakfieldtennis.example/tag/singles' class='discourse-tag'>singles</a></div></div>
${dPosts.map((p, i) => dPost(p, i + 1)).join('\n')}
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3><div class="topic-list-container" itemscope
itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>
${dRelated
  .map(
    (r) => `<tr class="topic-list-item"><td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
<span class="link-top-line"><a itemprop='url' href='/t/${r[0]?.toLowerCase().replace(/ /g, '-')}' class='title raw-link raw-topic-link'>${r[0]}</a></span>
<div class="link-bottom-line"><a href='/c/5' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #0088CC'></span>
<span class='badge-category clear-badge'><span class='category-name'>${r[1]}</span></span></a></div></td><td class="replies"><span class='posts'
 title='posts'>${r[2]}</span></td><td class="views"><span class='views' title='views'>${r[3]}</span></td><td>${r[4]}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div></div>
<footer class="container wrap"><nav class='crawler-nav'><ul>
${['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy']
  .map(
    (t) => `<li itemscope itemtype='http://schema.org/SiteNavigationElement'>
<span itemprop='name'><a href='/${t.toLowerCase().replace(/ /g, '-')}' itemprop="url">${t} </a></span></li>`,
  )
  .join('\n')}
</ul></nav></footer>
<div id="noscript-footer"><p class='powered-by-link'>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout603-discourse-ladder-rules',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: dPosts.flatMap((p) => [p.user, p.time.replace(/\s+/g, ' ')]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Club Ladder', ...dPosts.map((p) => p.likes), 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated.flat().filter((t) => t !== 'Club Ladder'),
    'Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT603_C: readonly TestPage[] = [webflow, discourse];
