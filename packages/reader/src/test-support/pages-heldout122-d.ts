import { links, type TestPage, texts } from './page-kit.js';
import {
  ivArticles,
  ivBios,
  ivCrumbs,
  ivFamily,
  ivFoot,
  ivH,
  ivImportant,
  ivKey,
  ivNav,
  ivNews,
  ivP1,
  ivP2,
  ivP3,
  ivP4,
  ivP5,
  ivP6,
  ivP7,
  ivSources,
  ivSourcesIntro,
  ivTable,
  ivTerms,
  ivTitle,
} from './pages-heldout122-d2.js';
import { nasaArticle } from './pages-heldout122-d3.js';

/**
 * Held-out batch 122, file d: an Investopedia term explainer in the Dotdash Meredith "mntl" template (skip link, the header
 * with its navigation and newsletter button, breadcrumbs, the h1, the "By / Updated / Reviewed by / Fact checked by"
 * attribution with hidden author tooltips, the lead figure with its credit, the structured-content blocks with toc h2s,
 * the "Key Takeaways" and "Important" callouts, inline ad slots, a comparison table, an infographic figure, the collapsed
 * "Article Sources", "Related Terms" and "Related Articles" rails, the newsletter box and the footer) and, from file d3, a
 * NASA news article.
 */
let ivBlock = 0;
const ivP = (t: string): string => `<p id="mntl-sc-block_${++ivBlock}-0" class="comp mntl-sc-block mntl-sc-block-html">${t}</p>`;
const ivPs = (a: readonly string[]): string => a.map(ivP).join('\n');
const ivHd = (t: string): string => `<h2 id="toc-${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="comp mntl-sc-block finance-sc-block-heading
mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const ivAd = (n: number): string => `<div id="mntl-sc-block-inline-ad_${n}-0" class="comp mntl-sc-block mntl-sc-block-adslot mntl-block">
<div class="mntl-gpt-adunit gpt leaderboard dynamic" id="leaderboard-flex-${n}"><div class="wrapper"></div></div></div>`;
const ivCallout = (theme: string, label: string, inner: string): string => `<div class="comp theme-${theme} mntl-sc-block mntl-sc-block-callout mntl-block">
<div class="mntl-sc-block-callout-heading mntl-text-block"><h3>${label}</h3></div><div class="mntl-sc-block-callout-body mntl-text-block">${inner}</div></div>`;
const ivPerson = (role: string, name: string, bio: string, date = ''): string => `<div class="mntl-attribution__item">
<span class="mntl-attribution__item-descriptor">${role}</span> <div class="mntl-attribution__item-name-wrapper"><a class="mntl-attribution__item-name"
href="https://www.investopedia.com/${name.toLowerCase().replace(/[^a-z]+/g, '-')}">${name}</a><div class="mntl-author-tooltip" hidden>
<div class="mntl-author-tooltip__bio">${bio}</div><a class="mntl-author-tooltip__link" href="/about-us-5093144">Learn about our editorial policies</a></div>
</div>${date === '' ? '' : `<div class="mntl-attribution__item-date">${date}</div>`}</div>`;
const ivHtml = `<!DOCTYPE html>
<html id="investopediaTerm_1-0" class="comp investopediaTerm html mntl-html no-js" data-ab="99,99,99,99,99,99,27,99,99" lang="en">
<head class="loc head"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${ivTitle}</title>
<meta name="description" content="${ivP1[0]}"><link rel="canonical" href="https://www.investopedia.com/terms/s/sinkingfund.asp">
<meta property="og:site_name" content="Investopedia"><meta property="og:type" content="article"><meta property="og:title" content="${ivTitle}">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${ivTitle}","datePublished":"2003-11-25T23:18:01.000-05:00",
"dateModified":"2025-09-22T10:41:22.918-04:00","author":[{"@type":"Person","name":"Corinne Abernathy-Lau"}],"reviewedBy":[{"@type":"Person",
"name":"Marcus Tillinghast"}],"publisher":{"@type":"Organization","name":"Investopedia","url":"https://www.investopedia.com"}}]</script>
<link rel="stylesheet" href="/static/6.41.0/cache/eNq1kF1uwzAIgO-S9ix7yKvWFn23oLfUYj7yN.css">
<script>Mntl = window.Mntl || {}; Mntl.ads = {pageTargeting: {id: '4588', tax0: 'personal-finance'}};</script></head>
<body id="investopediaTerm_1-0" class="comp investopediaTerm mntl-body body mntl-sticky-footer" data-sailthru-gtm="true">
<a id="mntl-skip-to-content_1-0" class="mntl-skip-to-content mntl-text-link" href="#main"><span class="link__wrapper">Skip to content</span></a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="header__inner"><a id="header-logo_1-0" class="header-logo" href="/"
aria-label="Visit Investopedia's homepage"><svg class="icon logo-svg"><use xlink:href="#logo-svg"></use></svg></a>
<nav id="header-nav_1-0" class="comp header-nav" aria-label="Main"><ul class="header-nav__list">${links(ivNav, 'header-nav__list-item')}</ul></nav>
<div class="header__actions"><button class="header__newsletter-button" type="button">Newsletter</button><form class="header-search" role="search"
action="/search">
<label for="header-search-input" class="is-vishidden">Search</label><input id="header-search-input" name="q" type="text" placeholder="Search">
<button type="submit" class="header-search__button" aria-label="Search"></button></form></div></div></header>
<main id="main" class="loc main"><article id="taxonomysc-article_1-0" class="comp right-rail article taxonomysc-article mntl-article">
<div class="loc article-pre-content"><div id="breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs"><ul class="mntl-breadcrumbs__list">
${links(ivCrumbs, 'mntl-breadcrumbs__item')}</ul></div>
<header class="loc article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${ivTitle}</h1>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-bylines__group">
${ivPerson('By', 'Corinne Abernathy-Lau', ivBios[0]!, 'Updated September 22, 2025')}
${ivPerson('Reviewed by', 'Marcus Tillinghast', ivBios[1]!)}
${ivPerson('Fact checked by', 'Dana Okafor', ivBios[2]!)}
</div></div></header>
<figure id="figure-article_1-0" class="comp figure-article mntl-universal-primary-image primary-image"><div class="img-placeholder">
<img src="https://www.investopedia.com/thmb/sinking-fund-primary.jpg" alt="Sinking Fund" class="primary-image__image mntl-primary-image--blurry"></div>
<figcaption class="comp figure-article-caption mntl-figure-caption figure-article-caption">
<span class="figure-article-caption-owner">Investopedia / Yurei Tanaka</span>
</figcaption></figure></div>
<div class="loc article-content"><div id="article-body_1-0" class="comp article-body mntl-article-body"><div id="mntl-sc-page_1-0"
class="comp mntl-sc-page mntl-block"
data-sc-sticky-offset="60" data-sc-ad-label-height="18" data-sc-min-track-height="470" data-sc-max-track-height="-1">
${ivHd(ivH[0]!)}
${ivPs(ivP1)}
${ivCallout('whatyouneedtoknow', 'Key Takeaways', `<ul>${ivKey.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}
${ivAd(1)}
${ivHd(ivH[1]!)}
${ivPs(ivP2)}
${ivHd(ivH[2]!)}
${ivPs(ivP3)}
${ivCallout('important', 'Important', ivP(ivImportant))}
${ivAd(2)}
${ivHd(ivH[3]!)}
${ivPs(ivP4)}
<figure class="comp mntl-sc-block mntl-sc-block-image figure-landscape figure-high-res"><div class="figure-media"><img alt="Sinking fund"
src="https://www.investopedia.com/thmb/sinking-fund-infographic.png"></div><figcaption class="comp figure-article-caption mntl-figure-caption">
<span class="figure-article-caption-owner">Investopedia / Mira Castellanos</span></figcaption></figure>
${ivHd(ivH[4]!)}
${ivPs(ivP5)}
<div class="comp mntl-sc-block mntl-sc-block-table"><table class="mntl-sc-block-table__table"><thead><tr><th></th><th>Sinking Fund</th>
<th>Emergency Fund</th></tr>
</thead><tbody>${ivTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${ivAd(3)}
${ivHd(ivH[5]!)}
${ivPs(ivP6)}
${ivHd(ivH[6]!)}
${ivPs(ivP7)}
</div></div>
<div id="article-sources_1-0" class="comp expandable article-sources mntl-article-sources"><button class="mntl-article-sources__button">Article Sources</button>
<div class="expandable__content"><p class="mntl-article-sources__intro">${ivSourcesIntro}</p><ol>${ivSources.map((t) => `<li>${t}</li>`).join('\n')}</ol>
</div></div>
<div id="mntl-taxonomysc-related-terms_1-0" class="comp related-terms"><h2 class="related-terms__heading">Related Terms</h2><ul>
${ivTerms
  .map(([t, d]) => `<li class="related-terms__item"><a href="/terms/${t!.length}.asp"><span class="card__title">${t}</span></a><p>${d}</p></li>`)
  .join('\n')}
</ul></div>
<div id="mntl-taxonomysc-related-articles_1-0" class="comp related-articles"><h2 class="related-articles__heading">Related Articles</h2>
<ul>${links(ivArticles, 'related-articles__item')}</ul></div></div>
<div class="loc article-right-rail"><div id="right-rail__item_1-0" class="mntl-right-rail-ad"><div class="mntl-gpt-adunit gpt square" id="square-flex-1">
</div></div>
</div></article></main>
<div id="newsletter-signup_1-0" class="comp newsletter-signup"><h3 class="newsletter-signup__title">${ivNews[0]}</h3><form class="newsletter-signup__form">
<label class="is-vishidden" for="ns-email">${ivNews[1]}</label><input id="ns-email" type="email" placeholder="${ivNews[1]}">
<button type="submit">${ivNews[2]}</button>
<div class="newsletter-signup__error" hidden>${ivNews[3]}</div></form></div>
<footer id="footer_1-0" class="comp footer mntl-footer" role="contentinfo"><ul class="footer__links">${links(ivFoot, 'footer__link-item')}</ul>
<p class="footer__family">${ivFamily}</p></footer>
<script src="/static/6.41.0/cache/eNq1kF1uwzAIgO-S9ix7yKvWFn23oLfUYj7yN.js" async></script></body></html>`;
const investopedia: TestPage = {
  html: ivHtml,
  name: 'heldout122-investopedia-explainer',
  kind: 'docs',
  // the "Key Takeaways" list and the "Important" callout's text are body (the two callout labels are in neither list); table
  // data cells are body (header cells neither); the related term "Emergency Fund" is left out (words of a
  // heading); the attribution lines are bylines, their hidden tooltip bios furniture
  title: ivTitle,
  headings: ivH,
  body: texts([...ivP1, ...ivKey, ...ivP2, ...ivP3, ivImportant, ...ivP4, ...ivP5, ...ivTable.flat(), ...ivP6, ...ivP7]),
  bylines: ['Corinne Abernathy-Lau', 'Updated September 22, 2025', 'Reviewed by', 'Marcus Tillinghast', 'Fact checked by', 'Dana Okafor'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...ivNav, 'Newsletter', 'Search', ...ivCrumbs, ...ivBios, 'Learn about our editorial policies', 'Investopedia / Yurei Tanaka',
    'Investopedia / Mira Castellanos', 'Article Sources', ivSourcesIntro, ...ivSources, 'Related Terms',
    ...ivTerms.flat().filter((t) => t !== 'Emergency Fund'), 'Related Articles',
    ...ivArticles, ...ivNews, ...ivFoot, ivFamily,
  ])],
};

export const HELDOUT122_D: readonly TestPage[] = [investopedia, nasaArticle];
