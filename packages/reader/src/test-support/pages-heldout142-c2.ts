import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 142, file c2: a Denver Post story on the MediaNews Group WordPress theme (the header with "Subscribe" and
 * "Log In", the "Trending:" topic bar, the section link, headline, the "By ... | email | The Denver Post" byline, the
 * uppercase PUBLISHED / UPDATED lines, the share links, the featured image with caption and credit, body copy with an inline
 * "Related Articles" list, a list of grant recipients, the italic "Get more Colorado news" newsletter line as the last
 * paragraph of the body copy, "Originally Published", tags, the author box, the "Join the Conversation" notice, the "Most
 * Popular" rail and the footer).
 */
const dpTitle = 'Colorado hands $18 million to mountain towns to thin forests before next fire season';
const dpP1 = texts([
  'Twenty-two Colorado communities will share $18 million in state grants to clear brush and thin overgrown forests near ' +
    'homes, the Colorado State Forest Service announced Tuesday, the largest single round of wildfire mitigation money the ' +
    'program has handed out.',
  'The grants, which require towns and counties to put up at least a quarter of the cost themselves, will pay for work on ' +
    'about 14,000 acres over the next two years, most of it along the edges of neighborhoods where homes back up against ' +
    'national forest land.',
  '“The fires we have seen the last few years did not start in town, but they ended in town,” said Forest Service director ' +
    'Ruth Amundsen. “The most useful thing we can do is make the space around homes harder for fire to move through.”',
]);
const dpP2 = texts(['The largest awards went to:']);
const dpList = texts([
  'Pine Hollow Fire Protection District, $2.4 million, to create a fuel break along 9 miles of the county road north of town.',
  'The town of Silver Fork, $1.9 million, for thinning on 1,100 acres of town-owned open space.',
  'Tarryall County, $1.6 million, for chipping and hauling programs in 14 subdivisions.',
  'Cedar Ridge, $1.1 million, to remove dead trees killed by beetles around its water treatment plant.',
]);
const dpP3 = texts([
  'State lawmakers set aside the money in this year’s budget after the program ran out of funds in 2024 and had to turn away ' +
    'more than half of the applicants. Requests this year totaled about $41 million, according to the Forest Service.',
  'Mitigation work is slow and expensive. Thinning an acre of dense forest on a steep slope can cost more than $3,000, and ' +
    'crews can usually work only from late spring to early fall, before snow closes forest roads.',
  'In Silver Fork, a town of about 2,000 people west of the Continental Divide, Mayor Tess Calloway said the grant would let ' +
    'the town finish a project it started in 2021 and had to pause when local money ran out.',
  '“We got about a third of the way around town and then stopped,” Calloway said. “You could stand on Main Street and see exactly ' +
    'where the money ended, the day the crews packed up.”',
  'Some fire researchers say the grants should come with more follow-up. Forests grow back, and thinned areas usually need ' +
    'more work within 10 to 15 years to stay effective, said Jorge Villalobos, who studies fire behavior at a state ' +
    'university.',
  '“It is good money and good work,” Villalobos said. “But if nobody comes back in a decade, we will be paying for the same ' + 'acres again.”',
  'Amundsen said the Forest Service will ask lawmakers next session for a smaller, permanent fund to pay for maintenance on ' +
    'land that has already been treated.',
]);
const dpNewsLine = 'Get more Colorado news by signing up for our daily Your Morning Dozen email newsletter.';
const dpNav = ['News', 'Politics', 'Sports', 'Business', 'Things To Do', 'Food & Drink', 'Opinion', 'Outdoors', 'Cannabis', 'Obituaries'];
const dpTrending = ['Broncos', 'Avalanche', 'Weather', 'Election 2025', 'Colorado wildfires'];
const dpShare = ['Facebook', 'X', 'Reddit', 'Email'];
const dpCaption = 'A crew from the Pine Hollow Fire Protection District piles cut branches near a subdivision on Sept. 30, 2025.';
const dpCredit = '(Photo by Helen Marsh/The Denver Post)';
const dpRelated = [
  'Colorado’s wildfire season is getting longer. Here’s what that means for mountain towns.',
  'Homeowners near forests face new insurance rules',
  'Beetle-killed trees are falling across trails. The Forest Service is struggling to keep up.',
];
const dpTags = ['Colorado Wildfires', 'Colorado State Forest Service', 'Wildfire Mitigation'];
const dpBio = 'Miles Kern covers the environment, public lands and mountain communities for The Denver Post.';
const dpConv =
  'We invite you to use our commenting platform to engage in insightful conversations about issues in our community. We reserve the ' +
  'right at all times to remove any information or materials that are unlawful, threatening, abusive, libelous, defamatory or obscene.';
const dpPopular = [
  'I-70 will close overnight near Idaho Springs for rockfall work',
  'Denver’s oldest diner is for sale',
  'Aurora council to vote on new rules for camping in parks',
  'When will Colorado see its first big snowstorm?',
];
const dpFoot = ['About', 'Contact Us', 'Advertise', 'Careers', 'e-Edition', 'Newsletters', 'Archives', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences'];
const dpBody = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const dpHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${dpTitle}</title>
<meta name="description" content="Twenty-two Colorado communities will share $18 million in state grants.">
<meta property="og:site_name" content="The Denver Post">
<meta property="og:type" content="article"><meta property="og:title" content="${dpTitle}"><meta name="parsely-author" content="Miles Kern">
<link rel="canonical" href="https://www.denverpost.com/2025/10/07/colorado-wildfire-mitigation-grants-mountain-towns/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${dpTitle}",
"datePublished":"2025-10-07T12:00:00+00:00","dateModified":"2025-10-07T19:32:05+00:00","author":{"name":"Miles Kern"},"articleSection":["News",
"Environment"]}]}</script>
<link rel="stylesheet" id="mng-style-css" href="https://www.denverpost.com/wp-content/themes/mng-denverpost/static/css/style.css?ver=1759" media="all">
<script>var mngParams={"section":"news","subsection":"environment","paywall":"metered"};</script></head>
<body class="post-template-default single single-post postid-5921407 single-format-standard article-type-standard">
<header id="masthead" class="site-header" role="banner"><div class="site-branding"><a href="/" rel="home" class="site-logo">
<img src="/wp-content/themes/mng-denverpost/static/images/logo.svg" alt="The Denver Post"></a></div>
<div class="header-buttons"><a class="button subscribe" href="/subscribe/">Subscribe</a><a class="button login" href="/login/">Log In</a></div>
<nav id="site-navigation" class="main-navigation" aria-label="Top Menu"><ul class="menu">${links(dpNav, 'menu-item')}</ul></nav>
<div class="trending-bar"><span class="trending-label">Trending:</span><ul>${links(dpTrending, 'trending-item')}</ul></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-5921407" class="post-5921407 post type-post status-publish format-standard has-post-thumbnail hentry category-news category-environment">
<header class="entry-header"><div class="breadcrumbs"><a href="/news/environment/">Environment</a></div>
<div class="article-title"><h1 class="entry-title">${dpTitle}</h1></div>
<div class="byline">By <span class="byline-item"><a href="/author/miles-kern/" class="author-name">Miles Kern</a></span> |
<a href="mailto:mkern@denverpost.com" class="author-email">mkern@denverpost.com</a> | <span class="author-title">The Denver Post</span></div>
<div class="time"><span class="time-published">PUBLISHED: October 7, 2025 at 6:00 AM MDT</span> |
<span class="time-updated">UPDATED: October 7, 2025 at 1:32 PM MDT</span></div>
<div class="social-share"><ul>${dpShare
  .map((t) => `<li><a class="share-${t.toLowerCase()}" href="?share=${t.toLowerCase()}" target="_blank"><span>${t}</span></a></li>`)
  .join('')}</ul></div></header>
<div class="feature-image"><figure class="wp-caption"><img width="1200" height="800" src="https://www.denverpost.com/wp-content/uploads/2025/10/TDP-L-fuels.jpg"
alt="A fire crew stacks branches" loading="eager"><figcaption class="wp-caption-text"><span class="caption">${dpCaption}</span>
<span class="credit">${dpCredit}</span></figcaption></figure></div>
<div class="article-content-wrapper"><div class="article-content"><div class="body-copy">
${dpBody(dpP1)}
<div class="related-articles-inline related-articles"><h4 class="related-title">Related Articles</h4><ul>
${dpRelated
  .map(
    (t, i) => `<li><a class="article-title" href="/2025/0${i + 6}/20/wildfire-${i}/" title="${t}"><span class="dfm-title">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></div>
${dpBody(dpP2)}
<ul>${dpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${dpBody(dpP3.slice(0, 3))}
<div class="dfp-ad dfp-ad-inline"><span class="ad-label">Advertisement</span><div id="dfp-ad-mid_article"></div></div>
${dpBody(dpP3.slice(3))}
<p><em><a href="https://www.denverpost.com/newsletters/">${dpNewsLine}</a></em></p>
<p class="article-footer-timestamp">Originally Published: October 7, 2025 at 6:00 AM MDT</p></div></div>
<div class="tags">Tags: ${dpTags.map((t) => `<a href="/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</div>
<div class="author-bio"><img src="https://www.denverpost.com/wp-content/uploads/authors/mkern.jpg" alt=""><div class="author-bio-text">
<p class="author-name"><a href="/author/miles-kern/">Miles Kern</a></p><p>${dpBio}</p></div></div>
<section class="comments-area"><h3 class="comments-title">Join the Conversation</h3><p class="comments-policy">${dpConv}</p>
<div id="vf-conversations" class="viafoura"></div></section></div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget most-popular"><h2 class="widget-title">Most Popular</h2>
<ol>${dpPopular.map((t) => `<li><a href="https://www.denverpost.com/popular/"><span class="dfm-title">${t}</span></a></li>`).join('\n')}</ol>
</section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(dpFoot, 'menu-item')}</ul>
<p class="copyright">Copyright © 2025 MediaNews Group</p></footer>
<script src="https://www.denverpost.com/wp-content/themes/mng-denverpost/static/js/site.js?ver=1759" id="mng-site-js"></script></body></html>`;
export const denverPost: TestPage = {
  html: dpHtml,
  name: 'heldout142-denverpost-news',
  kind: 'news',
  // the newsletter line that closes the body copy, the inline "Related Articles" list, share links, tags, author bio,
  // the comment notice, caption and credit and rails are furniture; the byline pieces, the email and the three time
  // lines are bylines
  title: dpTitle,
  headings: [],
  body: [...dpP1, ...dpP2, ...dpList, ...dpP3],
  bylines: [
    'Miles Kern',
    'mkern@denverpost.com',
    'The Denver Post',
    'PUBLISHED: October 7, 2025 at 6:00 AM MDT',
    'UPDATED: October 7, 2025 at 1:32 PM MDT',
    'Originally Published: October 7, 2025 at 6:00 AM MDT',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log In', ...dpNav, 'Trending:', ...dpTrending, 'Environment', ...dpShare, dpCaption, dpCredit, 'Related Articles', ...dpRelated,
    'Advertisement', dpNewsLine, 'Tags:', ...dpTags, dpBio, 'Join the Conversation', dpConv, 'Most Popular', ...dpPopular, ...dpFoot,
    'Copyright © 2025 MediaNews Group',
  ],
};
