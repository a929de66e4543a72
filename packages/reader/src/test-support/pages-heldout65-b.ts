import { links, type TestPage, texts } from './page-kit.js';
import { forbesArticle } from './pages-heldout65-b2.js';

/**
 * Held-out batch 65, file b: a Newsweek article on its own template (the top bar with "Subscribe" and "Log In", the section
 * nav, the category label, headline, the byline block with photo, title and "Published"/"Updated" lines, the Trust Project and
 * "FACT CHECK" badges, the share bar, the AI voice player and the "Translate" menu with its beta notice, the lead image with
 * caption and credit, the body in Newsweek's "Why It Matters / What To Know / What People Are Saying / What Happens Next"
 * format with a bullet list and a map embed, the update note, topic tags, the reprint/correction/guidelines links, "About
 * the writer", the "Trending" rail, the newsletter box, the consent banner and the footer).
 */
const nwTitle = 'Map Shows States Where Home Insurance Premiums Rose the Most This Year';
const nwLead = [
  'Homeowners in five states saw their insurance premiums climb by more than 20 percent over the past year, according to a new ' +
    'analysis, as insurers continue to reprice policies after a string of costly storms and wildfires.',
];
const nwH1 = 'Why It Matters';
const nwWhy = [
  'Home insurance has become one of the fastest-rising costs of owning a home in the U.S. Lenders require coverage for a ' +
    'mortgage, so rising premiums can push monthly payments beyond what some buyers can afford, and they have begun to weigh on ' +
    'home sales in parts of the South and West.',
];
const nwH2 = 'What To Know';
const nwKnow1 = [
  'The report, released Tuesday by the Harbor Point Consumer Institute, a nonpartisan research group, compared the average ' +
    'annual premium for a standard policy with $300,000 of dwelling coverage in October 2024 and October 2025.',
  'Nationwide, the average premium rose 11.4 percent, to $2,610 a year. But the increases were far from even:',
];
const nwList = [
  'Louisiana saw the steepest rise, at 27 percent, pushing its average premium above $5,900.',
  'Colorado premiums rose 24 percent, driven largely by hail and wildfire claims along the Front Range.',
  'Nebraska, Oklahoma and Texas each recorded increases of between 20 and 22 percent.',
  'Vermont and Maine had the smallest increases, at under 4 percent.',
];
const nwKnow2 = [
  'The analysis found that severe convective storms—hail, tornadoes and straight-line winds—accounted for a larger share of ' +
    'claims than hurricanes for the second year in a row.',
  'In several Plains states, some insurers have stopped writing new policies in certain ZIP codes altogether, according to the ' +
    'report, leaving homeowners to turn to state-backed insurers of last resort.',
];
const nwH3 = 'What People Are Saying';
const nwSaying = [
  'Rebecca Tolland, senior analyst at the Harbor Point Consumer Institute, told <em>Newsweek</em>: "What\'s changed is that the ' +
    "risk isn't concentrated on the coasts anymore. A family in Omaha is now dealing with the same kind of price shock that " +
    'Florida homeowners have been living with for years."',
  'Marco Delgado, a homeowner in Lafayette, Louisiana, said in an interview: "Our premium went from $3,800 to almost $5,200 in ' +
    'one renewal. Nothing about the house changed. We just got a letter."',
];
const nwH4 = 'What Happens Next';
const nwNext = [
  'Regulators in several states are reviewing rate filings for 2026, and Tolland said she expects increases to slow but not ' +
    'stop. "The biggest jumps are probably behind us," she said. "But I wouldn\'t tell anyone to expect their bill to go down."',
];
const nwUpdate = 'Update 11/12/25, 1:05 p.m. ET: This article was updated with comment from Marco Delgado.';
const nwNav = ['U.S.', 'World', 'Health', 'Sports', 'Opinion', 'Entertainment', 'Autos', 'Better Planet', 'Education', 'Vantage'];
const nwShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share via Email', 'Copy link'];
const nwLangs = ['Español', 'Français', 'Deutsch', '日本語', '中文'];
const nwTags = ['Insurance', 'Climate Change', 'Housing Market', 'Weather'];
const nwTrending = [
  'Social Security Update: Checks Worth Up to $5,108 Going Out This Week',
  'Snow Map Shows States Under Winter Storm Warnings',
  'Costco Changes Membership Rule Starting Next Month',
  'Mortgage Rates Fall to Lowest Level Since March',
];
const nwFoot = [
  'Corrections',
  'Terms & Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Editorial Guidelines',
  'Terms of Sale',
  'Mission Statement',
  'Contact Us',
  'Advertise',
];
const nwLeadCap = 'A house under storm clouds in suburban Omaha, Nebraska. Premiums in the state rose by more than a fifth over the past year.';
const nwMapCap = 'A map shows the change in the average annual home insurance premium by state between October 2024 and October 2025.';
const nwBio = [
  'Helena Marsh is a Newsweek senior economics reporter based in Chicago. Her focus is reporting on housing, insurance and ' +
    'consumer debt. She joined Newsweek in 2023 from the Chicago Business Ledger.',
  'Languages: English',
  'You can get in touch with Helena by emailing h.marsh@newsweek.com',
];
const nwHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${nwTitle} - Newsweek</title>
<meta name="description" content="Homeowners in five states saw premiums climb by more than 20 percent, a new analysis found.">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nwTitle}",
"datePublished":"2025-11-12T10:24:00-05:00","dateModified":"2025-11-12T13:05:00-05:00","author":{"@type":"Person","name":"Helena Marsh",
"jobTitle":"Senior Economics Reporter"},"publisher":{"@type":"Organization","name":"Newsweek"},"isAccessibleForFree":true}</script>
<script>window.__nwAds = {"slot":"article","zone":"us/business","pageType":"article"};</script>
<style>.article-body p{margin:0 0 1.25em}.nw-translate__list{display:none}</style></head>
<body class="html not-front node-type-article section-business"><div class="top-bar"><a class="top-bar__subscribe" href="/subscribe">Subscribe</a>
<a class="top-bar__login" href="/user/login">Log In</a></div>
<header id="header" class="header"><div class="logo"><a href="/" title="Newsweek"><span class="sr-only">Newsweek</span></a></div>
<nav class="nav-main" role="navigation"><ul class="menu">${links(nwNav, 'menu-item')}</ul></nav></header>
<div class="ad-slot ad-slot--top"><div class="ad-label">Advertisement</div></div>
<main class="main-container"><article class="article full" data-nid="2741186" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-header"><div class="category"><a href="/business">Business</a></div>
<h1 class="title" itemprop="headline">${nwTitle}</h1>
<div class="byline"><div class="author-photo"><img src="https://d.newsweek.com/en/full/2214570/helena-marsh.jpg?w=80" alt="Helena Marsh"></div>
<div class="author-info"><span class="author">By <a href="/authors/helena-marsh" itemprop="author">Helena Marsh</a></span>
<span class="author-title">Senior Economics Reporter</span></div>
<div class="dates"><time datetime="2025-11-12T10:24:00-05:00" class="published">Published Nov 12, 2025 at 10:24 AM EST</time>
<time datetime="2025-11-12T13:05:00-05:00" class="updated">Updated Nov 12, 2025 at 1:05 PM EST</time></div></div>
<div class="article-badges"><a class="trust-project" href="/newsweek-trust-project">Newsweek Is A Trust Project Member</a>
<span class="fact-check-badge">FACT CHECK</span></div>
<div class="share-bar"><ul>${nwShare.map((t) => `<li><a href="#" class="share-link">${t}</a></li>`).join('')}</ul></div>
<div class="nw-audio"><button class="nw-audio__play" aria-label="Listen to this article">Listen to this article</button>
<span class="nw-audio__time">4 min</span>
<p class="nw-audio__notice">Voice is AI-generated. Inconsistencies may occur.</p></div>
<div class="nw-translate"><button class="nw-translate__toggle" aria-expanded="false">Translate</button>
<ul class="nw-translate__list">${nwLangs.map((t) => `<li><button>${t}</button></li>`).join('')}</ul>
<p class="nw-translate__notice">Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.</p></div></div>
<figure class="image-wrapper lead-image"><picture><img src="https://d.newsweek.com/en/full/2741190/home-insurance-storm.jpg?w=1200" alt="Home insurance"
 loading="eager"></picture><figcaption><span class="caption">${nwLeadCap}</span> <span class="credit">Photo-illustration by Newsweek/Getty/Canva</span>
</figcaption></figure>
<div class="article-body v_text paywall" itemprop="articleBody">
${nwLead.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${nwH1}</h2>
${nwWhy.map((p) => `<p>${p}</p>`).join('\n')}
<div class="ad-slot ad-slot--inread"><div class="ad-label">Advertisement</div></div>
<h2>${nwH2}</h2>
${nwKnow1.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${nwList.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="embed-code"><iframe title="Home insurance premium change by state" aria-label="Map" src="https://datawrapper.dwcdn.net/Qx7rT/2/"
 scrolling="no" frameborder="0" style="width:0;min-width:100%!important;border:none" height="520" data-external="1"></iframe>
<p class="embed-caption">${nwMapCap}</p></div>
${nwKnow2.map((p) => `<p>${p}</p>`).join('\n')}
<h2>${nwH3}</h2>
${nwSaying.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n')}
<h2>${nwH4}</h2>
${nwNext.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n')}
<p><em>${nwUpdate}</em></p>
</div>
<div class="article-tags"><span class="tags-label">Topics:</span><ul>${links(nwTags, 'tag')}</ul></div>
<div class="article-actions"><a href="/reprints">Request Reprint &amp; Licensing</a><a href="/corrections">Submit Correction</a>
<a href="/editorial-guidelines">View Editorial Guidelines</a></div>
<section class="about-the-writer"><h3>About the writer</h3><div class="writer-card"><a href="/authors/helena-marsh" class="writer-name">Helena Marsh</a>
${nwBio.map((p) => `<p>${p}</p>`).join('\n')}<a class="writer-more" href="/authors/helena-marsh">Read more</a></div>
<p class="nw-mission">Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.</p></section>
</article>
<aside class="sidebar"><section class="block-trending"><h2 class="block-title">Trending</h2><ol>${links(nwTrending, 'trending-item')}</ol></section>
<section class="newsletter-signup"><h3>The Bulletin</h3><p>Get Newsweek's top stories delivered to your inbox every morning.</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign up</button></form></section></aside></main>
<footer class="footer"><div class="footer-logo">Newsweek</div><ul class="footer-menu">${links(nwFoot)}</ul>
<p class="copyright">© 2025 NEWSWEEK DIGITAL LLC</p></footer>
<div class="qc-cmp2-container" id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy</p>
<p>We and our partners store and/or access information on a device, such as cookies, and process personal data for ads and content.</p></div>
<button mode="secondary">MORE OPTIONS</button><button mode="primary">AGREE</button></div>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<noscript><img src="https://b.scorecardresearch.com/p?c1=2&amp;c2=7721451&amp;cv=3.9&amp;cj=1" alt=""></noscript>
</body></html>`;
const newsweekArticle: TestPage = {
  html: nwHtml,
  name: 'heldout65-newsweek-article',
  kind: 'news',
  // the four "Why It Matters"-style h2s are the headings (Newsweek's fixed format, but they head the article's own sections);
  // the bullet list is body. Bylines: the name, the job title, "Published" and "Updated" lines, the italic update note at the
  // end (a dated line about the article, not article text) and the "About the writer" bio lines. Furniture: the category,
  // badges, share bar, audio player and its notice, the "Translate" menu and beta notice, both captions (the map caption too:
  // the map is an iframe) and the credit, ad labels (once), "Topics:" and its tags, the reprint/correction/guidelines links,
  // "About the writer", "Read more", the mission line, "Trending", the newsletter box, consent banner, top bar, nav and footer.
  // The nav's "Health" and "U.S.", the footer's "Newsweek" (words of the body: "Newsweek" is in the quote line), and the tag
  // "Insurance" (a word of the title) are left out; "Subscribe" and "Log In" are not words of the body: kept
  title: nwTitle,
  headings: [nwH1, nwH2, nwH3, nwH4],
  body: [...texts(nwLead), ...texts(nwWhy), ...texts(nwKnow1), ...nwList, ...texts(nwKnow2), ...texts(nwSaying), ...texts(nwNext)],
  bylines: ['Helena Marsh', 'Senior Economics Reporter', 'Published Nov 12, 2025 at 10:24 AM EST', 'Updated Nov 12, 2025 at 1:05 PM EST', nwUpdate, ...nwBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log In', ...nwNav.filter((t) => t !== 'Health' && t !== 'U.S.'), 'Advertisement', 'Business', 'Newsweek Is A Trust Project Member',
    'FACT CHECK',
    ...nwShare, 'Listen to this article', '4 min', 'Voice is AI-generated. Inconsistencies may occur.', 'Translate', ...nwLangs,
    'Newsweek AI is in beta. Translations may contain inaccuracies—please refer to the original content.', nwLeadCap,
    'Photo-illustration by Newsweek/Getty/Canva', nwMapCap, 'Topics:', ...nwTags.filter((t) => t !== 'Insurance'),
    'Request Reprint & Licensing', 'Submit Correction', 'View Editorial Guidelines', 'About the writer', 'Read more',
    'Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.', 'Trending',
    ...nwTrending, 'The Bulletin', "Get Newsweek's top stories delivered to your inbox every morning.", 'Sign up', ...nwFoot,
    '© 2025 NEWSWEEK DIGITAL LLC', 'We value your privacy',
    'We and our partners store and/or access information on a device, such as cookies, and process personal data for ads and content.',
    'MORE OPTIONS', 'AGREE',
  ],
};

export const HELDOUT65_B: readonly TestPage[] = [newsweekArticle, forbesArticle];
