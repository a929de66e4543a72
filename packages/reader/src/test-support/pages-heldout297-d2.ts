import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file d2: a city-council candidate's campaign blog post on NationBuilder (top bar with Donate / Volunteer
 * buttons, nav, the blog post's "Posted by ... on ..." byline, intro and content with headings and a list, share buttons, the
 * post's comments with "Reply", the sidebar signup and endorsement boxes, the "Paid for by" disclaimer and the
 * "Created with NationBuilder" footer).
 */
const nTitle = 'Safe streets for every child who walks to school';
const nHeads = ['What I heard on the doorsteps', 'My plan for Ward 4'];
const nIntro = j(
  'Every weekday morning at 8:15 I stand at the corner of Alder Road and Kingsmere Avenue with a group of parents and watch our kids',
  'try to cross four lanes of traffic. It should not take a crossing guard, two parents and a prayer to get a seven-year-old to class.',
);
const nHeard = [
  j(
    'Since launching this campaign I have knocked on more than 1,800 doors in Ward 4. I expected to hear about taxes and potholes, and I',
    'did. But the thing people raised most often, by a long way, was how unsafe the walk to school has become.',
  ),
  j(
    'Parents on Orchard Lane told me they drive their children three blocks because there is no sidewalk on one side and cars cut',
    'through at forty miles an hour to avoid the lights. A grandfather on Tern Street showed me the spot where his granddaughter was',
    'clipped by a mirror last October.',
  ),
  j(
    'None of this is new. The city’s own traffic study named five of our intersections among the twenty most dangerous in Harrowgate',
    'in 2022. Nothing has been built at any of them.',
  ),
];
const nPlan = [
  'On the council I will push for a Safe Routes to School programme funded from the existing transport budget, starting with:',
  'raised crossings and a signal at Alder Road and Kingsmere Avenue, paid for by the developer fees the city has already collected;',
  'a finished sidewalk on both sides of Orchard Lane by the start of the 2027 school year;',
  'school streets, closed to through traffic for thirty minutes at drop-off and pick-up, at the three elementary schools in the ward;',
  'a yearly public report on traffic injuries near schools, so that progress can be measured and not just promised.',
  j(
    'These are not expensive ideas. The crossings at Alder and Kingsmere would cost less than the resurfacing of one block of Harbour',
    'Drive last summer. What has been missing is a councillor willing to make them a priority.',
  ),
  'If you agree, sign up to volunteer or come and join us at the corner any weekday morning. Bring a coffee. We will be there.',
];
const nNav = ['Meet Ruth', 'Priorities', 'News', 'Endorsements', 'Events'];
const nComments = [
  'Thank you for standing out there every morning. The Kingsmere crossing terrifies me.',
  'Orchard Lane has needed a sidewalk since we moved here in 2011. Count me in.',
];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} - Ruth Adeyemi-Strand for City Council</title>
<meta name="description" content="Every weekday morning at 8:15 I stand at the corner of Alder Road and Kingsmere Avenue.">
<meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Ruth Adeyemi-Strand for City Council">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link href="https://assets.nationbuilder.example/ruthforward4/themes/3/theme.css" media="all" rel="stylesheet">
<script>var NB = NB || {}; NB.page = {"id":412,"type":"blog_post","slug":"safe_streets"};</script></head>
<body class="blog-post-page pages-show"><div id="top-bar"><div class="container"><a href="/donate" class="btn btn-primary top-bar-donate">Donate</a>
<a href="/volunteer" class="btn btn-secondary">Volunteer</a></div></div>
<header id="header" class="header"><div class="container"><a class="logo" href="/">Ruth Adeyemi-Strand <span>for City Council, Ward 4</span></a>
<nav class="navbar"><ul class="nav">${links(nNav, 'nav-item')}</ul></nav></div></header>
<div id="content" class="container"><div class="row"><div class="col-md-8 main-content"><div id="blog_post" class="blog-post">
<div class="page-header"><h1 class="title">${nTitle}</h1>
<div class="byline">Posted by <a href="/ruth_adeyemi_strand">Ruth Adeyemi-Strand</a> on March 3, 2026</div></div>
<div id="intro" class="intro"><p>${nIntro}</p></div>
<div id="content_body" class="content">
<h3>${nHeads[0]}</h3>
${ps(nHeard)}
<h3>${nHeads[1]}</h3>
<p>${nPlan[0]}</p>
<ul>${lis(nPlan.slice(1, 5))}</ul>
${ps(nPlan.slice(5))}
</div>
<div class="share-buttons clearfix"><div class="share-tweet"><a class="twitter-share-button" href="https://x.example/share">Post</a></div>
<div class="share-facebook"><a class="fb-share-button" href="https://facebook.example/sharer">Share</a></div>
<div class="share-email"><a href="mailto:?subject=${encodeURIComponent(nTitle)}">Email this post</a></div></div>
<div id="comments" class="comments"><h3 class="comments-title">2 responses</h3>
${nComments
  .map(
    (c, i) => `<div class="comment"><div class="comment-author">${['Gwen Halvorsen', 'Tomasz Iwicki'][i]}</div>
<div class="comment-time">${['commented 2026-03-03 19:02:14 -0800', 'commented 2026-03-04 07:45:51 -0800'][i]}</div>
<div class="comment-content"><p>${c}</p></div><a class="reply" href="#">Reply</a></div>`,
  )
  .join('\n')}
<p><a href="/login">Log in</a> to leave a comment, or <a href="/signup">sign up</a> with your email.</p></div></div></div>
<div class="col-md-4 sidebar"><div class="signup-box"><h4>Get campaign updates</h4><form class="signup-form"><label>Email</label><input name="email">
<label>Zip code</label><input name="zip"><input type="submit" class="submit-button" value="Sign up"></form></div>
<div class="endorse-box"><h4>Endorse Ruth</h4><p>Add your name to the list of Ward 4 neighbours supporting our campaign.</p>
<a href="/endorse" class="btn">Add my name</a></div>
<div class="upcoming-events"><h4>Upcoming events</h4><ul>${links([
  'Walk the ward: Orchard Lane, March 14',
  'Coffee with Ruth at Tern Street Library, March 21',
])}</ul></div>
</div></div></div>
<footer id="footer"><div class="container"><div class="paid-for">Paid for by Neighbours for Ruth Adeyemi-Strand, 48 Kingsmere Avenue, Harrowgate.</div>
<p class="nb-credit">Created with <a href="https://nationbuilder.example">NationBuilder</a></p>
<p class="footer-links"><a href="/privacy">Privacy policy</a></p></div></footer>
<script src="https://assets.nationbuilder.example/themes/3/theme.js"></script></body></html>`;
export const nationbuilder: TestPage = {
  name: 'heldout297-nationbuilder-candidate-blog',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nIntro, ...nHeard, ...nPlan]),
  bylines: ['Posted by Ruth Adeyemi-Strand on March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Donate', 'Volunteer', 'for City Council, Ward 4', ...nNav, 'Post', 'Share', 'Email this post', '2 responses', 'Gwen Halvorsen', 'Tomasz Iwicki',
    'commented 2026-03-03 19:02:14 -0800', 'commented 2026-03-04 07:45:51 -0800', ...nComments, 'Reply', 'to leave a comment, or',
    'with your email.', 'Get campaign updates', 'Zip code', 'Endorse Ruth', 'Add your name to the list of Ward 4 neighbours supporting our campaign.',
    'Add my name', 'Upcoming events', 'Walk the ward: Orchard Lane, March 14', 'Coffee with Ruth at Tern Street Library, March 21',
    'Paid for by Neighbours for Ruth Adeyemi-Strand, 48 Kingsmere Avenue, Harrowgate.', 'Created with NationBuilder', 'Privacy policy',
  ],
};
