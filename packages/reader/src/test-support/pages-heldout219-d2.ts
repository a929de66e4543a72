import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 219, file d2: an OECD Ecoscope blog post on WordPress.com (skip link, the header with the site title and
 * menu, the date and category line, the "By ..." author paragraph at the top of the entry content, a figure with its
 * title, note and source, the "References" list, the Jetpack share and like blocks, the Jetpack "Related" posts with dates
 * and categories, the tags, the comment form, the sidebar email-follow widget and the WordPress.com footer).
 */
const ecTitle = 'Housing supply and labour mobility: why regional wage gaps persist';
const ecBy = 'By Oskar Lindahl-Ferreira and Hana Mirzaei, OECD Economics Department';
const ecP = [
  'Across OECD countries, workers in the most productive regions earn on average 30% more than comparable workers in the least ' +
    'productive ones. In a well-functioning labour market, we might expect people to move towards higher wages, narrowing the ' +
    'gap over time. Yet regional wage gaps have barely changed in most countries over the past two decades.',
  'New OECD work suggests that housing is a large part of the explanation. Where new housing is hard to build, rents in ' +
    'high-wage regions rise to absorb much of the wage premium, and moving no longer pays off for many workers.',
  'Using regional data for 24 countries, we find that a 10% increase in the responsiveness of housing supply to prices is ' +
    'associated with a 4% increase in the rate at which workers move between regions (Figure 1). The effect is largest for ' +
    'younger workers and for those without a university degree, who are the most sensitive to housing costs.',
  'The consequences go beyond individual workers. When people cannot move to where their skills are most valued, aggregate ' +
    'productivity suffers. Our estimates suggest that in the countries with the most restrictive housing supply, reduced ' +
    'mobility lowers aggregate output by between 1% and 2% in the long run.',
  'What can governments do? The analysis points to several reforms:',
];
const ecList = [
  'Making land-use regulation more flexible, especially in areas close to public transport.',
  'Reducing the length and uncertainty of planning approval processes.',
  'Shifting property taxation from transactions towards recurrent taxes on land, which discourage hoarding and do not penalise moving.',
  'Ensuring that social housing allocation rules do not tie tenants to a particular region.',
];
const ecP2 = [
  'None of these reforms is easy, and many of the costs of new housing are borne locally while the benefits are spread across ' +
    'the economy. That is one reason why national governments have a role in setting incentives for local authorities to allow ' +
    'more building where demand is highest.',
];
const ecFig = 'Figure 1. More responsive housing supply is associated with higher regional mobility';
const ecNote =
  'Note: The housing supply elasticity is estimated at the regional level. Mobility is the share of working-age adults who moved region in the past year.';
const ecSrc = 'Source: OECD calculations based on regional labour force surveys.';
const ecRefs = [
  'Lindahl-Ferreira, O. and H. Mirzaei (2025), “Housing supply, mobility and regional wage gaps”, OECD Economics Department Working Papers, No. 1842.',
  'OECD (2024), Brick by Brick (Volume 3): Better Housing Policies, OECD Publishing, Paris.',
];
const ecMenu = ['Home', 'About', 'Contact', 'OECD Economics'];
const ecShare = ['Share this:', 'X', 'LinkedIn', 'Facebook', 'Email', 'Like this:', 'Like', 'Loading...'];
const ecRelated = [
  { t: 'What explains the slowdown in residential investment?', d: 'June 4, 2024', c: 'In "Housing"' },
  { t: 'Remote work and the geography of jobs', d: 'November 19, 2024', c: 'In "Labour markets"' },
  { t: 'Taxing land, not buildings', d: 'February 2, 2025', c: 'In "Tax"' },
];
const ecTags = ['housing', 'labour mobility', 'productivity', 'regional inequality'];
const ecForm = ['Leave a comment', 'Cancel reply', 'Enter your comment here...'];
const ecSide = [
  'Follow ECOSCOPE via Email',
  'Enter your email address to follow this blog and receive notifications of new posts by email.',
  'Email Address',
  'Follow',
  'Join 6,214 other subscribers',
  'Search',
  'Top Posts & Pages',
];
const ecTop = ['The productivity puzzle, revisited', 'Public debt after the pandemic: five questions'];
const ecHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ecTitle} | ECOSCOPE</title>
<meta property="og:type" content="article"><meta property="og:title" content="${ecTitle}"><meta property="og:site_name" content="ECOSCOPE">
<meta property="article:published_time" content="2025-03-18T08:00:12+00:00"><link rel="canonical"
href="https://oecdecoscope.blog/2025/03/18/housing-supply-and-labour-mobility/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${ecTitle}",
"datePublished":"2025-03-18T08:00:12+00:00"}</script>
<link rel="stylesheet" href="https://s0.wp.com/wp-content/themes/pub/twentysixteen/style.css"><script src="https://stats.wp.com/w.js?68" defer></script></head>
<body class="post-template-default single single-post postid-20931 single-format-standard"><div id="page" class="site"><div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">ECOSCOPE</a></p>
<p class="site-description">An economic lens on policy issues, from the OECD Economics Department</p></div>
<nav id="site-navigation" class="main-navigation" aria-label="Primary Menu"><ul class="primary-menu">${links(ecMenu, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-20931" class="post-20931 post type-post status-publish hentry category-housing">
<header class="entry-header"><h1 class="entry-title">${ecTitle}</h1></header>
<div class="entry-content"><p><strong>${ecBy}</strong></p>
${ecP.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="wp-block-image size-large"><p class="has-text-align-center"><strong>${ecFig}</strong></p>
<img src="https://oecdecoscope.blog/wp-content/uploads/2025/03/figure1.png?w=900"
alt=""><figcaption class="wp-element-caption">${ecNote}<br>${ecSrc}</figcaption></figure>
<ul class="wp-block-list">${ecList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ecP2.map((p) => `<p>${p}</p>`).join('\n')}
<p><strong>References</strong></p>
${ecRefs.map((r) => `<p class="reference">${r}</p>`).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">${ecShare[0]}</h3><ul>${ecShare
  .slice(1, 5)
  .map((s) => `<li><a class="sd-button" href="#"><span>${s}</span></a></li>`)
  .join('')}</ul></div>
<div class="sharedaddy sd-like"><h3 class="sd-title">${ecShare[5]}</h3><span class="button"><span>${ecShare[6]}</span></span><span
class="loading">${ecShare[7]}</span></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
${ecRelated
  .map(
    (r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">${r.t}</a></h4>
<p class="jp-relatedposts-post-date">${r.d}</p><p class="jp-relatedposts-post-context">${r.c}</p></div>`,
  )
  .join('\n')}</div></div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author
</span><a href="/author/oecdecoscope/">oecdecoscope</a></span></span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><time class="entry-date published">March 18, 2025</time></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/housing/">Housing</a></span>
<span class="tags-links"><span class="screen-reader-text">Tags </span>${ecTags
  .map((t) => `<a href="#" rel="tag">${t}</a>`)
  .join(', ')}</span></footer></article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 class="comment-reply-title">${ecForm[0]}
<small><a href="#" style="display:none;">${ecForm[1]}</a></small></h3><form class="comment-form"><textarea placeholder="${ecForm[2]}"></textarea>
<label class="comment-label">${ecForm[2]}</label></form></div></div></main></div>
<aside id="secondary" class="sidebar widget-area"><section class="widget widget_blog_subscription"><h2 class="widget-title">${ecSide[0]}</h2><p>${ecSide[1]}</p>
<label>${ecSide[2]}</label><input type="email"><button>${ecSide[3]}</button><p>${ecSide[4]}</p></section>
<section class="widget widget_search"><h2 class="widget-title">${ecSide[5]}</h2><form><input type="search"></form></section>
<section class="widget widget_top-posts"><h2 class="widget-title">${ecSide[6]}</h2><ul>${links(ecTop)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.com/?ref=footer_blog">Blog at
WordPress.com.</a></div></footer></div></div>
<div id="actionbar"><ul><li><a href="#"><span>Subscribe</span></a></li></ul></div></body></html>`;
export const ecoscopePost: TestPage = {
  html: ecHtml,
  name: 'heldout219-oecd-ecoscope-blog-post',
  kind: 'blog',
  // the "By ..." paragraph at the top of the content is a byline; the figure title, note and source, the "References"
  // label and reference entries, and the Jetpack blocks inside the entry content are furniture
  title: ecTitle,
  headings: [],
  body: texts([...ecP, ...ecList, ...ecP2]),
  bylines: [ecBy, 'oecdecoscope', 'March 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'ECOSCOPE', 'An economic lens on policy issues, from the OECD Economics Department', ...ecMenu, ecFig, ecNote, ecSrc,
    'References', ...ecRefs, ...ecShare, 'Related', ...ecRelated.flatMap((r) => [r.t, r.d, r.c]), 'Housing', ...ecTags, ...ecForm, ...ecSide, ...ecTop,
    'Blog at WordPress.com.', 'Subscribe',
  ],
};
