import { links, type TestPage, texts } from './page-kit.js';
import { cbcStory } from './pages-heldout89-a2.js';

/**
 * Held-out batch 89, file a: an ABC News (Australia) regional story as the Next.js site renders it (skip links, the ABC
 * network bar, the ABC NEWS section nav with the hidden mobile drawer copy, the topic tag, "By" byline with the ABC Central
 * West credit, posted/updated times, the Share button, the lead image with caption and credit, the "In short:" and "What's
 * next?" summary at the top of the body, an inline related card, the "Get our local newsletter" promo, "Related stories",
 * "Related topics", the Top Stories rail and the footer with the Acknowledgement of Country) and, from file a2, a CBC News
 * story.
 */
const abcTitle = 'Wirrandah’s 87-year-old cinema saved after 418 residents buy shares';
const abcShort = [
  '<strong>In short:</strong>',
  'The Regent Theatre in Wirrandah, in the NSW Central West, was due to close at the end of the year after its owners decided to retire.',
  'More than 400 residents have bought shares in a community co-operative that will take over the lease in January.',
  '<strong>What’s next?</strong>',
  'The co-operative hopes to reopen with a new digital projector by Easter and run volunteer-staffed sessions four nights a week.',
];
const abcP1 = [
  'When Margaret Lenehan heard the Regent Theatre was closing, she did the maths on the back of a raffle ticket.',
  '“If every household in town put in a hundred dollars, we’d have it,” said the retired schoolteacher, who saw her first film at the Regent in 1961.',
  'It took a little longer than that, but on Tuesday night the Wirrandah Community Cinema Co-operative confirmed it had raised $212,000 from 418 ' +
    'shareholders, enough to take over the lease of the 87-year-old building and replace its ageing projector.',
  'Owners Dennis and Rae Fitzgerald, who have run the cinema since 1994, announced in August they would retire at the end of the year and had been ' +
    'unable to find a buyer.',
  '“We didn’t want to be the ones who turned the lights off,” Mr Fitzgerald said.',
  '“To see the town do this — honestly, Rae cried when they told us.”',
];
const abcH1 = '‘More than a building’';
const abcP2 = [
  'Wirrandah, about 90 kilometres west of Orange, has a population of about 3,100. The nearest other cinema is in Dubbo, more than an hour’s drive away.',
  'Co-operative chair Tomasz Wiśniewski said the campaign had been driven by young families and by older residents who feared losing one of the few ' +
    'places in town that stays open after dark.',
  '“For a lot of people, it is the only night out they have,” he said.',
  '“It is more than a building. It is where people had their first date, where the school holds its presentation night, where the show society meets.”',
  'Shares were sold at $100 each, with no single member allowed to hold more than 20, so that no one person could control the cinema.',
];
const abcH2 = 'Volunteers wanted';
const abcP3 = [
  'The co-operative plans to run the Regent with two paid staff and a roster of volunteers, and is looking for people to work the candy bar and the ' +
    'box office.',
  'Regional arts development officer Priya Raman said community-owned cinemas had become more common in regional New South Wales as independent ' +
    'operators aged and streaming services cut into audiences.',
  '“The ones that work tend to be the ones that become more than a cinema — live music, school holiday programs, even the local eisteddfod,” she said.',
  'The Regent will screen its last session under the Fitzgeralds on December 31, a double feature chosen by a public vote at the town’s library.',
  'The co-operative expects to reopen by Easter, once the new projector is installed and the roof over the foyer is repaired.',
];
const abcGlobal = ['ABC', 'ABC iview', 'ABC listen', 'triple j', 'ABC Kids', 'ABC News', 'More from ABC'];
const abcNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Science', 'Health', 'Arts', 'Fact Check', 'Other'];
const abcCaption = 'The Regent Theatre opened in 1938 and has been run by the Fitzgerald family since 1994.';
const abcCredit = '(ABC Central West: Harriet Coyle)';
const abcInline = 'Orange’s Art Deco picture palace reopens after a $3 million restoration';
const abcNewsletter = ['Get our local newsletter, delivered free each Friday', 'Sign up'];
const abcRelated = [
  'Country towns are buying their own pubs. Here’s how one did it',
  'Wellington’s Lyceum Theatre goes dark after 100 years',
  'Small towns turn to co-ops to keep their last shops open',
];
const abcTopics = ['Arts, Culture and Entertainment', 'Community and Society', 'Film (Movies)', 'Regional Communities', 'Wirrandah'];
const abcTop = [
  'Reserve Bank holds cash rate as inflation edges higher',
  'Bushfire warnings issued across three states as temperatures soar',
  'Teen charged after crash that killed two in Perth’s north',
  'The tiny beetle threatening Australia’s wheat exports',
];
const abcAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where ' +
  'we live, learn, and work.';
const abcFoot = ['Contact ABC News', 'Editorial Policies', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Help', 'Careers'];
const abcP = (t: string): string => `<p class="paragraph_paragraph__iYReA">${t}</p>`;
const abcH = (t: string): string => `<h2 class="Heading_heading__VGa5B Heading_h2__PaSpY Typography_sizeDesktop32__yc3LA">${t}</h2>`;
const abcHtml = `<!DOCTYPE html>
<html lang="en-AU" dir="ltr"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wirrandah’s 87-year-old cinema saved after 418 residents buy shares - ABC News</title>
<meta name="description" content="A community co-operative has raised $212,000 to take over the lease of the Regent Theatre, which was due to close.">
<meta property="og:site_name" content="ABC News"><meta property="og:type" content="article"><meta property="og:title" content="${abcTitle}">
<meta name="twitter:site" content="@abcnews"><meta name="ContentId" content="105961432"><meta name="ContentType" content="Article">
<link rel="canonical" href="https://www.abc.net.au/news/2025-11-06/wirrandah-regent-theatre-cinema-saved-co-operative/105961432">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${abcTitle}",
"datePublished":"2025-11-05T18:41:00.000Z","dateModified":"2025-11-05T22:02:00.000Z","author":[{"@type":"Person","name":"Harriet Coyle"}],
"publisher":{"@type":"Organization","name":"ABC News","logo":{"@type":"ImageObject","url":"https://www.abc.net.au/news/logo.png"}}}</script>
<link rel="preload" href="/news-web/_next/static/css/8c2e1f0d9b4a.css" as="style"><link rel="stylesheet" href="/news-web/_next/static/css/8c2e1f0d9b4a.css">
</head><body><div id="__next"><div class="SkipLinks_skipLinks__3rRk1"><a class="SkipLinks_link__9kq2n" href="#content">Skip to main content</a>
<a class="SkipLinks_link__9kq2n" href="#navigation">Skip to navigation</a></div>
<div data-component="GlobalNav" class="GlobalNav_globalNav__uo3oR"><nav aria-label="ABC network"><ul class="GlobalNav_list__SWf4m">
${abcGlobal.map((t) => `<li class="GlobalNav_item__y0Ncy"><a href="https://www.abc.net.au/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n')}
</ul></nav><div class="GlobalNav_account__ZH6mQ"><button type="button" class="LoginButton_button__FJTxA"><span>Log in</span></button></div></div>
<header data-component="MastheadHeader" class="Masthead_masthead__Wx1Do"><a href="https://www.abc.net.au/news" class="Masthead_logo__2ZbLn">
<span class="VisuallyHidden_visuallyHidden__uBBmy">ABC News homepage</span><svg aria-hidden="true" viewBox="0 0 150 28"></svg></a>
<button type="button" aria-expanded="false" aria-controls="nav-drawer" class="Masthead_menuButton__1kQPf"><span>Menu</span></button>
<form role="search" class="Masthead_search__aX7yR"><label for="search-input" class="VisuallyHidden_visuallyHidden__uBBmy">Search ABC News</label>
<input id="search-input" type="search" placeholder="Search"><button type="submit">Search</button></form></header>
<nav id="navigation" aria-label="ABC News" data-component="SectionNav" class="SectionNav_nav__e9Lsy"><ul class="SectionNav_list__Eo7sE">
${links(abcNav, 'SectionNav_item__cS2eG')}</ul></nav>
<div id="nav-drawer" class="NavDrawer_drawer__Qe3Ud" hidden><ul>${links(abcNav, 'NavDrawer_item__3wQ0K')}</ul></div>
<main id="content" tabindex="-1" class="Main_main__eQ9o0"><div class="LayoutContainer_layoutContainer__Mg8nJ">
<article data-component="Article" class="Article_article__T6qYp"><header class="ArticleHeadline_header__8tG0r">
<div class="Topic_topic__3wLxK"><span class="VisuallyHidden_visuallyHidden__uBBmy">Topic:</span><a data-component="SubjectTag"
href="/news/topic/regional-communities">Regional Communities</a></div>
<h1 class="Heading_heading__VGa5B Heading_h1__tNcRs Typography_sizeDesktop48__dhlbE" data-component="Heading">${abcTitle}</h1>
<div data-component="Byline" class="Byline_byline__1cBso"><div class="Byline_text__Q7cl0"><span>By </span><a class="Link_link__5eL5m"
href="/news/harriet-coyle/13742210">Harriet Coyle</a></div><div class="Byline_source__5Xy8N">ABC Central West</div></div>
<div data-component="Timestamp" class="Timestamp_container__aA1x8"><p class="Typography_base__sj2RP"><time datetime="2025-11-05T18:41:00.000Z">Posted
Thu 6 Nov 2025 at 5:41am</time><span class="Timestamp_separator__mP0q1">, </span><time datetime="2025-11-05T22:02:00.000Z">updated Thu 6 Nov 2025 at
9:02am</time></p></div>
<div data-component="ShareUtility" class="ShareUtility_share__hyh8G"><button type="button" aria-haspopup="dialog" class="ShareUtility_button__ZgpNE">
<svg aria-hidden="true"></svg><span>Share</span></button></div></header>
<figure data-component="Figure" class="Figure_figure__s2fhK"><div class="Image_image__gB1hY"><img alt="The front of a brick cinema with a lit sign"
src="https://live-production.wcms.abc-cdn.net.au/8f1a2c.jpg?impolicy=wcms_crop_resize&amp;width=1200" loading="eager"></div>
<figcaption class="Figure_caption__P3Sf5"><span data-component="FigureCaption">${abcCaption}</span> <cite class="Figure_credit__X1e9T">${abcCredit}</cite>
</figcaption></figure>
<div id="body" data-component="LayoutContainer" class="ArticleRender_article__7i2EW"><div class="ArticleRender_body__cz6Hl">
${abcShort.map(abcP).join('\n')}
${abcP1.slice(0, 3).map(abcP).join('\n')}
<aside data-component="RelatedCard" class="RelatedCard_card__Ny2Wm"><span class="RelatedCard_label__k0Z0F">Read more</span>
<a href="/news/2025-03-14/orange-art-deco-cinema-reopens/105051212" class="RelatedCard_link__zR3u1"><h3
class="RelatedCard_title__Mx9bK">${abcInline}</h3></a></aside>
${abcP1.slice(3).map(abcP).join('\n')}
${abcH(abcH1)}
${abcP2.map(abcP).join('\n')}
<div data-component="NewsletterPromo" class="NewsletterPromo_promo__H1w4z"><p class="NewsletterPromo_text__pQ1xq">${abcNewsletter[0]}</p>
<a href="https://www.abc.net.au/news/newsletters/central-west" class="NewsletterPromo_button__4kA3N">${abcNewsletter[1]}</a></div>
${abcH(abcH2)}
${abcP3.map(abcP).join('\n')}
</div></div>
<section data-component="RelatedStories" class="RelatedStories_related__0yBb2"><h2 class="Heading_heading__VGa5B">Related stories</h2><ul>
${abcRelated.map((t, i) => `<li><a href="/news/related/${i}"><span class="Typography_base__sj2RP">${t}</span></a></li>`).join('\n')}</ul></section>
<section data-component="RelatedTopics" class="RelatedTopics_topics__uN2Tg"><h2 class="Heading_heading__VGa5B">Related topics</h2>
<ul class="RelatedTopics_list__8cVwe">${links(abcTopics, 'RelatedTopics_item__lV6aB')}</ul></section></article>
<aside data-component="TopStories" class="TopStories_rail__1uEwB" aria-labelledby="top-stories"><h2 id="top-stories">Top Stories</h2><ol>
${abcTop.map((t, i) => `<li><a href="/news/top/${i}" class="CardHeading_link__Q0c7U">${t}</a></li>`).join('\n')}</ol></aside>
</div><a href="#content" class="BackToTop_link__oF3Tr">Back to top</a></main>
<footer data-component="Footer" class="Footer_footer__2A5nK"><div class="Footer_acknowledgement__x0c4L"><h2>Acknowledgement of
Country</h2><p>${abcAck}</p></div>
<nav aria-label="Footer"><ul>${links(abcFoot, 'Footer_item__gn7wX')}</ul></nav>
<p class="Footer_copyright__qI9w9">This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World
Service which is copyright
and cannot be reproduced.</p><p class="Footer_copyright__qI9w9">AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean
Time)</p>
</footer></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"contentId":"105961432","section":"news"}},"page":"/article","buildId":"xk3-Q"}</script>
<script src="/news-web/_next/static/chunks/main-3c8f2d1a.js" defer></script></body></html>`;
const abcStory: TestPage = {
  html: abcHtml,
  name: 'heldout89-abc-news-au-news',
  kind: 'news',
  // the "In short:" and "What's next?" summary at the top of the body is part of the story (body, labels included); the
  // byline, the "ABC Central West" credit and the two times are bylines; the topic tag, caption, credit, the inline "Read
  // more" card, newsletter promo, related stories and topics, Top Stories, nav (and its hidden drawer copy), footer are furniture
  title: abcTitle,
  headings: [abcH1, abcH2],
  body: texts([...abcShort, ...abcP1, ...abcP2, ...abcP3]),
  bylines: ['By Harriet Coyle', 'ABC Central West', 'Posted Thu 6 Nov 2025 at 5:41am', 'updated Thu 6 Nov 2025 at 9:02am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', ...abcGlobal, 'Log in', 'ABC News homepage', 'Menu', 'Search ABC News', 'Search', ...abcNav,
    'Topic:', 'Share',
    'Regional Communities', abcCaption, abcCredit, 'Read more', abcInline, ...abcNewsletter, 'Related stories', ...abcRelated, 'Related topics',
    ...abcTopics.filter((t) => t !== 'Regional Communities'), 'Top Stories', ...abcTop, 'Back to top', 'Acknowledgement of Country', abcAck, ...abcFoot,
    'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is copyright and ' +
    'cannot be reproduced.',
    'AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)',
  ],
};

export const HELDOUT89_A: readonly TestPage[] = [abcStory, cbcStory];
