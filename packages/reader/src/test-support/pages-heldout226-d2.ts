import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 226, file d2: a JetBrains Marketplace plugin page (the marketplace header with its nav and "Sign In",
 * the plugin header with icon, vendor, downloads, rating and "Get" button, the Overview / Versions / Reviews tabs, the
 * description from the plugin's HTML, the "What's New" block, the screenshot gallery captions, the "Rating & Reviews"
 * section with two reviews, the "Additional Information" sidebar, the cookie notice and the footer).
 */
const jbTitle = 'Quarry SQL Formatter';
const jbP1 = [
  'Quarry formats SQL the way your team already writes it. Instead of imposing one house style, it learns the layout rules ' +
    'from a sample of your existing queries and applies them to every file, migration and string literal it can recognise ' +
    'as SQL.',
  'It works in any JetBrains IDE with database support and understands the PostgreSQL, MySQL, SQLite, SQL Server and ' + 'Snowflake dialects.',
];
const jbH1 = 'Features';
const jbList = [
  'Learn a style from a folder of example queries, or start from one of four presets.',
  'Format on save, on commit, or only when you ask.',
  'Format SQL embedded in Kotlin, Java, Python and Go string literals.',
  'Keep comments where they are, including comments inside long column lists.',
  'Share the learned style through a <code>.quarry.toml</code> file in the repository.',
];
const jbH2 = 'Getting started';
const jbP2 = [
  'After installing, open Settings | Tools | Quarry and choose Learn from project. Quarry reads up to 500 SQL files, shows you ' +
    'the rules it found, and lets you switch off any you disagree with before saving them.',
  'Reformat a file with the usual Reformat Code action. Quarry replaces the built-in SQL formatter only for files it has a ' +
    'style for, so other projects are not affected.',
];
const jbNewH = 'What’s New';
const jbNew = [
  'Snowflake dialect support, including <code>QUALIFY</code> and semi-structured paths.',
  'Formatting of SQL in Go raw string literals.',
  'Fixed a freeze when learning from projects with very large generated migration files.',
];
const jbVendor = 'Stonecutter Tools';
const jbHead = [
  'Downloads',
  '184.2K',
  'Rating',
  '4.6',
  'Get',
  'Install to IDE',
  'Free',
  'Compatible with IntelliJ IDEA Ultimate, DataGrip, PyCharm Professional, GoLand and 5 more',
];
const jbTabs = ['Overview', 'Versions', 'Reviews'];
const jbShots = ['Learned rules shown before they are saved', 'Formatting SQL inside a Kotlin string'];
const jbReviews = [
  [
    'Oskar Lindblad',
    '12.02.2027',
    'Finally a formatter that does not fight our style guide. Learning took a minute and the result matched our reviewer’s taste.',
  ],
  ['priya.dev', '03.01.2027', 'Great on Postgres. The Go literal support in the last update saved me a lot of manual fiddling.'],
];
const jbSide = [
  'Additional Information',
  'Vendor',
  'Plugin ID',
  'com.stonecutter.quarry',
  'Tags',
  'Database',
  'Formatting',
  'SQL',
  'Documentation',
  'Source Code',
  'Issue Tracker',
  'Report Plugin',
];
const jbRev = ['Rating & Reviews', '4.6', '93 Ratings', 'Write a review', 'Show all reviews'];
const jbNav = ['Plugins', 'Themes', 'IDE Services', 'Developers', 'Sign In'];
const jbCookie = [
  'This website uses cookies. By continuing to browse, you agree to our use of cookies as described in our Privacy Policy.',
  'Accept All',
  'Manage Settings',
];
const jbFoot = ['Copyright © 2000–2027 JetBrains s.r.o.', 'Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Support', 'Marketplace Developer Agreement'];
const jbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quarry SQL Formatter - IntelliJ IDEs Plugin | Marketplace</title>
<meta name="description" content="Quarry formats SQL the way your team already writes it."><meta name="viewport" content="width=device-width,
initial-scale=1">
<meta property="og:title" content="Quarry SQL Formatter - IntelliJ IDEs Plugin | Marketplace"><link rel="canonical"
href="https://plugins.jetbrains.com/plugin/23817-quarry-sql-formatter">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Quarry SQL
Formatter","applicationCategory":"DeveloperApplication",
"author":{"@type":"Organization","name":"Stonecutter Tools"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","ratingCount":"93"}}</script>
<link rel="stylesheet" href="/static/versions/31522/main.css"><script src="/static/versions/31522/main.js" defer></script></head>
<body><div id="__app"><div class="wt-offset-top-0 layout">
<header class="marketplace-header" data-test="header"><a href="/" class="marketplace-header__logo" aria-label="JetBrains Marketplace"><span>JetBrains</span>
<span>Marketplace</span></a><nav class="marketplace-header__nav"><ul>${links(jbNav.slice(0, 4), 'wt-text-2')}</ul></nav>
<button class="wt-button wt-button_mode_outline" data-test="sign-in">${jbNav[4]}</button></header>
<main class="plugin-page" data-test="plugin-page"><div class="plugin-header wt-container" data-test="plugin-header">
<img class="plugin-icon" src="/files/23817/icon/pluginIcon.svg" alt="Quarry SQL Formatter">
<div class="plugin-header__info"><h1 class="wt-h1 plugin-header__name" data-test="plugin-name">${jbTitle}</h1>
<a class="plugin-header__vendor wt-link" href="/vendor/stonecutter" data-test="plugin-vendor">${jbVendor}</a>
<div class="plugin-header__stats"><span class="wt-text-3">${jbHead[0]}</span> <span data-test="downloads">${jbHead[1]}</span>
<span class="wt-text-3">${jbHead[2]}</span> <span data-test="rating">${jbHead[3]}</span></div></div>
<div class="plugin-header__actions"><button class="wt-button wt-button_mode_primary" data-test="install-button">${jbHead[4]}</button>
<div class="wt-menu" hidden><button>${jbHead[5]}</button></div><span class="plugin-pricing">${jbHead[6]}</span>
<p class="wt-text-3 compatibility" data-test="compatibility">${jbHead[7]}</p></div></div>
<nav class="plugin-tabs wt-container" role="tablist">${jbTabs
  .map(
    (t, i) => `<a role="tab" aria-selected="${i === 0}"
href="?tab=${t}">${t}</a>`,
  )
  .join('\n')}</nav>
<div class="wt-container wt-row"><div class="wt-col-8 plugin-page__main"><section class="plugin-description" data-test="plugin-description">
<div class="plugin-description__html">
${ps(jbP1)}
<h3>${jbH1}</h3>
<ul>${jbList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h3>${jbH2}</h3>
${ps(jbP2)}
</div></section>
<section class="plugin-gallery" aria-label="Screenshots">${jbShots
  .map(
    (s, i) => `<figure><img src="/files/23817/screenshot_${i}.png"
alt=""><figcaption>${s}</figcaption></figure>`,
  )
  .join('\n')}</section>
<section class="plugin-whats-new" data-test="whats-new"><h2 class="wt-h3">${jbNewH}</h2><div class="plugin-whats-new__version wt-text-3">Version 2.8.0</div>
<ul>${jbNew.map((t) => `<li>${t}</li>`).join('\n')}</ul></section>
<section class="plugin-reviews" data-test="reviews"><h2 class="wt-h3">${jbRev[0]}</h2><div class="rating-summary"><span
class="rating-summary__value">${jbRev[1]}</span>
<span class="wt-text-3">${jbRev[2]}</span></div><button class="wt-button wt-button_mode_outline">${jbRev[3]}</button>
${jbReviews
  .map(
    (r) => `<article class="review"><div class="review__author"><span class="review__name">${r[0]}</span><time class="wt-text-3">${r[1]}</time></div>
<div class="review__stars" aria-label="5 stars"></div><p class="review__text">${r[2]}</p></article>`,
  )
  .join('\n')}<a class="wt-link" href="?tab=Reviews">${jbRev[4]}</a></section></div>
<aside class="wt-col-4 plugin-page__aside"><section class="plugin-info" data-test="additional-info"><h2 class="wt-h3">${jbSide[0]}</h2>
<dl><dt>${jbSide[1]}</dt><dd><a href="/vendor/stonecutter">${jbVendor}</a></dd><dt>${jbSide[2]}</dt><dd>${jbSide[3]}</dd>
<dt>${jbSide[4]}</dt><dd>${jbSide
  .slice(5, 8)
  .map((t) => `<a class="wt-tag" href="/search?tags=${t}">${t}</a>`)
  .join(' ')}</dd></dl><ul class="plugin-info__links">${links(jbSide.slice(8))}</ul></section></aside></div></main>
<div class="cookie-banner" role="dialog" aria-live="polite"><p>${jbCookie[0]}</p><button>${jbCookie[1]}</button><button>${jbCookie[2]}</button></div>
<footer class="marketplace-footer"><p class="wt-text-3">${jbFoot[0]}</p><ul>${links(jbFoot.slice(1))}</ul></footer></div></div></body></html>`;
export const jetbrainsPlugin: TestPage = {
  html: jbHtml,
  name: 'heldout226-jetbrains-plugin',
  kind: 'docs',
  // the vendor name is a byline; the "What's New" block is the plugin's own text (heading and body), its version label is
  // furniture; reviews, ratings, screenshots' captions, tags and the info sidebar are furniture
  title: jbTitle,
  headings: [jbH1, jbH2, jbNewH],
  body: texts([...jbP1, ...jbList, ...jbP2, ...jbNew]),
  bylines: [jbVendor],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'JetBrains', 'Marketplace', ...jbNav, ...jbHead, ...jbTabs, ...jbShots, 'Version 2.8.0', ...jbRev, ...jbReviews.flat(), ...jbSide.filter((s) => s
!== 'SQL' && s !== 'Formatting'),
    ...jbCookie, ...jbFoot,
  ],
};
