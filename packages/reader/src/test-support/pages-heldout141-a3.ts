import { esc, lines, paras, slugify } from './pages-heldout141-kit.js';

/**
 * Held-out batch 141, file a3: a Sydney Morning Herald news story on Nine's React template: skip links, the masthead with
 * "Log in" and "Subscribe", the section nav, breadcrumb, headline, lead image with "Credit:" caption, the "By" byline with
 * its time, the save / share / text-size tool bar, the body with "Advertisement" slots, a "Loading" embed placeholder and a
 * "Related Article" card inside it, the newsletter paragraph that closes the body, "License this article", topic links,
 * the author box, the "Most Viewed" rail and the footer.
 */
export const smhTitle = 'Light rail extension to Wattle Creek delayed by two years, internal documents show';
export const smhP = paras(`
The second stage of Sydney’s western light rail line will not carry passengers until 2030, two years later than the state
government promised, after contractors discovered contaminated soil and an unmapped stormwater tunnel along the route.

Internal briefing papers obtained by the <i>Herald</i> under freedom of information laws show Transport for Harbour City was told in
August that the 6.4-kilometre extension from Northmead Junction to Wattle Creek would miss its 2028 opening date.

The documents, prepared for the transport secretary, estimate that fixing the problems will add between $280 million and $410
million to the project’s $3.1 billion budget. Neither the delay nor the extra cost has been announced publicly.

“The program cannot be recovered without unacceptable risk to the network,” one briefing note states. “A revised opening in the
first half of 2030 is considered achievable.”

Transport Minister Kellie Arnott said on Tuesday that the government had “always been upfront that major projects face
challenges underground” and that a new timetable would be released once negotiations with the builder were finished.

“I am not going to put out a date and then have to change it again in six months,” she said. “Residents along the route deserve
a date they can rely on.”

The contaminated soil was found last March beneath a former bus depot on Carrington Road, where testing showed high levels of
asbestos and hydrocarbons. Removing and disposing of it safely is expected to take at least seven months.

Weeks later, workers digging near Wattle Creek station uncovered a brick stormwater tunnel built in the 1890s that did not
appear on any council or utility maps. Heritage advisers have recommended that part of it be preserved, which will require the
tracks to be realigned over a 300-metre stretch.

Opposition transport spokesman Marcus Delaney said commuters in the west had been “kept in the dark” for months. “The
minister knew in August. Families who bought homes near these stations were still being told 2028,” he said.

Local businesses on Carrington Road, many of which have had their footpaths fenced off since construction began, said the news
would be hard to absorb. Café owner Ming Tran said trade had fallen by about 30 per cent since work started outside her shop.

“We were told two years of disruption. Now it is four. Nobody has come to talk to us about that,” she said.

The government has offered small businesses along the route grants of up to $15,000, but fewer than 40 had applied by the end of
last year, according to the documents.

Transport for Harbour City said construction of the line’s nine stops was otherwise on schedule and that the first trams for the
extension would arrive from the manufacturer in 2027.
`);
export const smhNewsletter =
  '<em>Get the day’s breaking news, entertainment ideas and a long read to enjoy. <a href="/newsletters">Sign up</a> to receive our ' +
  'Evening Edition newsletter.</em>';
export const smhSkip = ['Skip to sections navigation', 'Skip to content', 'Skip to footer'];
export const smhNav = lines(`
Sydney
NSW
Politics
Business
World
National
Opinion
Property
Sport
Culture
Lifestyle
Travel
Money
Good Food
`);
export const smhCrumbs = ['National', 'NSW', 'Transport'];
export const smhCaption = 'Construction of the light rail line on Carrington Road in Northmead Junction.';
export const smhCredit = 'Credit: Louise Pham';
export const smhTools = lines(`
Save
Log in, register or subscribe to save articles for later.
Share
Normal text size
Larger text size
Very large text size
`);
export const smhRelated = 'Western Sydney commuters face months of bus replacements as light rail works expand';
export const smhTags = ['Transport', 'NSW Politics', 'Light rail', 'Sydney'];
export const smhBio = 'Daniel Okafor is the transport reporter for The Sydney Morning Herald. Connect via X or email.';
export const smhMost = lines(`
Man charged after alleged road rage attack on the M4
Why your power bill is about to fall for the first time in four years
‘I just want answers’: Family of missing bushwalker speak out
Sydney’s rental vacancy rate hits lowest level since 2006
Eight suburbs where house prices fell last quarter
`);
export const smhFootHeads = ['Products & Services', 'About Us', 'Our Sites'];
export const smhFoot = lines(`
Subscription packages
Subscriber benefits
Our events
Today’s Paper
Daily Puzzles
Good Food Guide
Our Charter
Accessibility
Contact & support
Advertise with us
Conditions of use
Privacy policy
Press Council
Sitemap
The Age
Brisbane Times
WAtoday
Domain
`);
export const smhCopy = 'Copyright © 2025';
const ad = (n: number): string => `<div class="_3HgiE" data-testid="adspot-mrec${n}"><div class="_1a8HO"><span class="_2o8m_">Advertisement</span>
<div id="adspot-300x250-pos-${n}" class="_3bDxe" data-ad-size="300x250"></div></div></div>`;
const para = (p: string): string => `<p>${p}</p>`;
const body = [
  ...smhP.slice(0, 3).map(para),
  ad(1),
  ...smhP.slice(3, 6).map(para),
  `<div class="_2yL7X" data-testid="embed-tweet"><div class="_1bRUb">Loading</div></div>`,
  ...smhP.slice(6, 9).map(para),
  `<aside class="_3o2-n" data-testid="related-article"><span class="_1Lw6N">Related Article</span><a href="/national/nsw/bus-replacements-20250108-p5l3kq.html"
class="_2HIbJ"><img alt="" src="https://static.ffx.example/images/$width_240%2C$height_135/t_crop_fill/q_62/bus.jpg"><h3 class="_1kuNL">${smhRelated}</h3></a>
</aside>`,
  ...smhP.slice(9, 12).map(para),
  ad(2),
  ...smhP.slice(12).map(para),
  para(smhNewsletter),
].join('\n');
export const smhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Wattle Creek light rail extension delayed by two years, internal documents show</title>
<meta name="description" content="The second stage of the western light rail line will not carry passengers until 2030.">
<meta property="og:title" content="${smhTitle}"><meta property="og:site_name" content="The Sydney Morning Herald">
<meta property="article:published_time" content="2025-01-14T18:00:00.000Z"><meta name="brand" content="smh">
<link rel="canonical" href="https://www.smh.example/national/nsw/light-rail-extension-delayed-20250114-p5l4zd.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${smhTitle}",
"datePublished":"2025-01-14T18:00:00.000Z","author":[{"@type":"Person","name":"Daniel Okafor"}],"isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"The Sydney Morning Herald"},"articleSection":"NSW"}</script>
<link rel="stylesheet" href="https://static.ffx.example/smh/static/css/app.3f1c2a.css">
<script>window.INITIAL_STATE={"page":{"type":"article","id":"p5l4zd"},"config":{"brand":"smh","adUnit":"/6199/fairfax.smh/news/nsw"}};</script>
</head><body><div id="app"><div class="_2nrcp">
<div class="_3w8Kp">${smhSkip.map((t, i) => `<a class="_1hxVk" href="#${['nav', 'content', 'footer'][i]}">${t}</a>`).join('')}</div>
<header class="_1mw1A" data-testid="header"><div class="_3YQGE"><button class="_2xAf_" aria-label="Open menu"><span></span></button>
<a href="/" class="_2qRnl" aria-label="The Sydney Morning Herald homepage"><svg class="_1HxpU" role="img"><title>The Sydney Morning Herald</title></svg></a>
<div class="_3yQWa"><a class="_1WsNZ" href="/login" data-testid="login">Log in</a>
<a class="_1FkF3" href="https://subscribe.smh.example/" data-testid="subscribe">Subscribe</a></div></div>
<nav id="nav" class="_1Kq3H" data-testid="nav"><ul class="_2yVpa">
${smhNav.map((t) => `<li class="_3F4Y4"><a href="/${slugify(t)}" class="_2HTPq">${esc(t)}</a></li>`).join('\n')}</ul></nav></header>
<main id="content" class="_3pzqg"><article class="_1665V" itemscope itemtype="http://schema.org/NewsArticle"><header class="_1ePoD">
<ol class="_1eTB4" data-testid="breadcrumb">${smhCrumbs.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('')}</ol>
<h1 class="_3jGHc" data-testid="headline" itemprop="headline">${smhTitle}</h1>
<figure class="_3BnM8" data-testid="image"><picture><img alt="Light rail construction on Carrington Road" fetchpriority="high"
src="https://static.ffx.example/images/$zoom_0.3%2C$multiply_0.7725%2C$ratio_1.5%2C$width_756/t_crop_custom/q_86/lightrail.jpg"></picture>
<figcaption class="_2pO7Y"><span class="_3d9ZQ">${smhCaption}</span><cite class="_1D4lv">${smhCredit}</cite></figcaption></figure>
<div class="_2TFOm"><div class="_1Dcvc" data-testid="byline"><span>By <a href="/by/daniel-okafor-hvf4k" class="_3rs6G">Daniel Okafor</a></span></div>
<div class="_3ZRTs"><time datetime="2025-01-14T18:00:00.000Z" class="_2_zR-" data-testid="datetime">January 15, 2025 — 5.00am</time></div></div>
<div class="_2Lkg2" data-testid="article-tools"><button class="_3ZCsi" data-testid="save-button"><span>${smhTools[0]}</span></button>
<div class="_3wnGy" role="tooltip" hidden><p>${smhTools[1]}</p></div><button class="_3ZCsi" data-testid="share-button"><span>${smhTools[2]}</span></button>
<div class="_2E1qG" role="group" aria-label="Text size">${smhTools
  .slice(3)
  .map((t) => `<button class="_1y8yG" aria-label="${t}"><span class="_1hGXf">${t}</span></button>`)
  .join('')}</div></div>
</header><section class="_1665V undefined" data-testid="body-content" itemprop="articleBody">
${body}
</section><footer class="_2eOQe"><a class="_3gTbq" href="https://licensing.example/">License this article</a>
<ul class="_2c7Hb" data-testid="tags">${smhTags.map((t) => `<li><a href="/topic/${slugify(t)}">${t}</a></li>`).join('')}</ul>
<div class="_1uzUS" data-testid="author-profile"><img alt="" src="https://static.ffx.example/authors/daniel-okafor.png">
<h5 class="_2ocxP"><a href="/by/daniel-okafor-hvf4k">Daniel Okafor</a></h5><p class="_3tq82">${smhBio}</p></div></footer></article>
<aside class="_3r-8z" data-testid="most-viewed"><h2 class="_1dPmI">Most Viewed in National</h2><div class="_1bRUb" hidden>Loading</div><ol>
${smhMost.map((t) => `<li class="_2v7A5"><a href="/national/nsw/${slugify(t)}"><h3 class="_3HK3d">${t}</h3></a></li>`).join('\n')}</ol></aside></main>
<footer id="footer" class="_3Z0Bd"><a href="/" class="_2qRnl" aria-label="The Sydney Morning Herald homepage"></a>
${[smhFoot.slice(0, 6), smhFoot.slice(6, 14), smhFoot.slice(14)]
  .map(
    (g, i) => `<section class="_3UM9x"><h3 class="_2W6cX">${esc(smhFootHeads[i] ?? '')}</h3><ul>
${g.map((t) => `<li><a href="/${slugify(t)}">${t}</a></li>`).join('\n')}</ul></section>`,
  )
  .join('\n')}
<p class="_1lXa7">${smhCopy}</p></footer></div></div>
<script src="https://static.ffx.example/smh/static/js/app.8d21ab.js" defer></script></body></html>`;
