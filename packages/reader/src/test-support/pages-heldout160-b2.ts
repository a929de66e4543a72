import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 160, file b2: an ITV News regional story (ITV News Anglia) on its Next.js template: the cookie consent
 * dialog, the ITVX header links, the region switcher and topic nav, the region label, the date line, the video player
 * with its "Video report by" caption, a "Read more" inline link, the "Want a quick and expert briefing" podcast promo
 * paragraph at the end of the article text, the share buttons, "More Stories" and the footer.
 */
const itTitle = 'Villagers rescue 200-year-old windmill sails after storm damage left them hanging';
const itP = [
  'Volunteers in a Norfolk village have spent the weekend lowering the damaged sails of their 200-year-old windmill after a storm ' +
    'left two of them hanging at dangerous angles above a busy lane.',
  'Gales of up to 70mph tore through Welbourne Staithe on Thursday night, snapping a stock, the main beam that holds a pair of ' +
    'sails, and leaving the structure twisted against the cap of the tower.',
  'The lane beside the mill was closed to traffic for three days while engineers checked whether the sails could fall.',
  'Mill trustee Pauline Dearing said it had been a frightening few days. "When I saw it on Friday morning I honestly thought we ' +
    'might lose the whole cap," she said. "It has survived two centuries of east winds, so to see it like that was heartbreaking."',
  'A specialist millwright and a team of 15 volunteers used a crane to lift the two damaged sails down on Sunday. They will be ' +
    'stored in a barn on a neighbouring farm until repairs can begin.',
  'The trust, which bought the mill from a private owner in 1998, estimates the repairs will cost about £85,000. It has launched ' +
    'an appeal and says it has already raised more than £12,000 from local people and visitors.',
  'The mill stopped grinding grain commercially in the 1930s but was restored by volunteers in the early 2000s and now opens to ' +
    'visitors on summer weekends, when school groups can watch the sails turn.',
  'Local councillor Tom Briggate said the building was "part of the identity of the village". He added: "People navigate by it, ' +
    'they photograph it, they get married in front of it. We will get it turning again."',
  'Historic England, which lists the mill at Grade II*, said it was aware of the damage and would support the trust with advice ' + 'on the repairs.',
  'The trust hopes the sails will be back in place by next summer.',
];
const itPromo = 'Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts to find out What You Need To Know.';
const itCookie = [
  'We use cookies and data on our website to improve your experience and to show you relevant content and advertising.',
  'You can choose which cookies you are happy for us to use.',
];
const itTop = ['ITVX', 'ITV News', 'ITV Hub'];
const itRegions = ['Anglia', 'Border', 'Calendar', 'Central', 'Granada', 'London', 'Meridian', 'Tyne Tees', 'Wales', 'West Country'];
const itNav = ['Latest', 'UK', 'Politics', 'World', 'Climate', 'Health', 'Royals', 'Sport', 'Entertainment', 'Money'];
const itVideo = 'Video report by ITV News Anglia Reporter Sasha Kerridge';
const itMore = ['Norwich bus drivers vote to strike over pay', 'Rare seal pup spotted on Blakeney Point', 'Lowestoft pier to reopen in spring'];
const itFoot = ['About ITV News', 'Contact us', 'Accessibility', 'Terms & conditions', 'Privacy policy', 'Cookie policy', 'Modern Slavery Act', 'ITV plc'];
const itHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${itTitle} | ITV News Anglia</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Volunteers have lowered the damaged sails.">
<meta property="og:title" content="${itTitle}"><meta property="og:site_name" content="ITV News"><meta name="twitter:site" content="@itvnews">
<link rel="canonical" href="https://www.itv.com/news/anglia/2025-11-17/villagers-rescue-windmill-sails-after-storm-damage">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}","datePublished":"2025-11-17T18:42:00Z",
"publisher":{"@type":"Organization","name":"ITV News"},"author":{"@type":"Organization","name":"ITV News Anglia"}}</script>
<link rel="preload" href="/_next/static/css/6d0c1c5b2b1a.css" as="style"><link rel="stylesheet" href="/_next/static/css/6d0c1c5b2b1a.css"></head>
<body><div id="__next">
<div class="cassie-cookie-modal" role="dialog" aria-label="Cookie consent"><h2 class="cassie-cookie-modal--header">Your privacy</h2>
<p class="cassie-cookie-modal--description">${itCookie[0]}</p><p>${itCookie[1]}</p>
<button class="cassie-accept-all">Accept All</button><button class="cassie-reject-all">Reject All</button>
<button class="cassie-preferences">Manage Preferences</button></div>
<a class="SkipLink_skipLink__3mc5" href="#main">Skip to content</a>
<header class="Header_header__Ld8Tw"><ul class="Header_brandLinks__Jm7Qc">${links(itTop)}</ul>
<div class="RegionSelect_root__x8Pzj"><button aria-expanded="false" class="RegionSelect_button__wq1">Choose region</button>
<ul class="RegionSelect_list__Q2b8e" hidden>${links(itRegions)}</ul></div>
<nav class="Nav_nav__yG0cL" aria-label="Main"><ul>${links(itNav, 'Nav_item__k9f1')}</ul></nav></header>
<main id="main" class="Article_main__bd0Zq"><article class="Article_article__e4JwV">
<header class="ArticleHeader_root__F2qK"><a class="ArticleHeader_region__p8vS" href="/news/anglia">ITV News Anglia</a>
<h1 class="ArticleHeader_title__tJ3sZ">${itTitle}</h1>
<p class="ArticleHeader_date__zX7xW"><time datetime="2025-11-17T18:42:00Z">Monday 17 November 2025, 6:42pm</time></p></header>
<figure class="VideoPlayer_root__pQ4Lp"><div class="VideoPlayer_player__Yt3n" data-video-id="kf92ka"><button aria-label="Play video">Play</button></div>
<figcaption class="VideoPlayer_caption__b1Ld">${itVideo}</figcaption></figure>
<div class="ArticleBody_body__m3Xx1 RichText_richText__nn2fW">
${ps(itP.slice(0, 3))}
<p><strong>Read more:</strong> <a href="/news/anglia/2025-11-14/storm-brings-down-trees-across-norfolk">Storm brings down trees across Norfolk</a></p>
${ps(itP.slice(3))}
<hr><p><em>${itPromo}</em></p>
</div>
<div class="ShareButtons_root__z0yW"><span>Share this article</span><button aria-label="Share on Facebook">Facebook</button>
<button aria-label="Share on X">X</button><button aria-label="Share on WhatsApp">WhatsApp</button><button aria-label="Copy link">Copy link</button></div>
</article>
<section class="MoreStories_root__r9Gh"><h2>More Stories</h2><ul>${links(itMore)}</ul></section></main>
<footer class="Footer_footer__a1Zt"><ul>${links(itFoot)}</ul><p>© ITV plc 2025</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"title":"${itTitle}","region":"anglia"}}},
"page":"/news/[...slug]"}</script>
<script src="/_next/static/chunks/main-8f0c9a1e.js" defer></script></body></html>`;
export const itvNews: TestPage = {
  name: 'heldout160-itvnews-news',
  kind: 'news',
  html: itHtml,
  title: itTitle,
  headings: [],
  body: texts(itP),
  bylines: ['Monday 17 November 2025, 6:42pm', itVideo],
  // the region label "ITV News Anglia" is listed once (also a brand link); the podcast promo after the rule is furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your privacy', ...itCookie, 'Accept All', 'Reject All', 'Manage Preferences', 'Skip to content', ...itTop, 'Choose region', ...itRegions, ...itNav,
    'ITV News Anglia', 'Play', 'Read more: Storm brings down trees across Norfolk', itPromo, 'Share this article', 'Facebook', 'X', 'WhatsApp',
    'Copy link', 'More Stories', ...itMore, ...itFoot, '© ITV plc 2025',
  ],
};
