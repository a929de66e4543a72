import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 90, file e2: a gardening blog post on a WordPress block theme (Twenty Twenty-Four templates: site title,
 * the responsive navigation with its hidden modal copy, the post title, a "Last updated" line with the modified date,
 * author and category, Yoast's "Estimated reading time" block as the first block of the post content, Ezoic ad
 * placeholders, a mid-post Humix video ad player rendered by video.js with its control texts, an image with caption,
 * tags, the previous / next post links, comments with a reply form and the "Designed with WordPress" footer).
 */
const gdTitle = 'How to Lift and Store Dahlia Tubers Over Winter';
const gdP1 = [
  'Dahlias are tender perennials. In mild gardens you can leave them in the ground under a thick mulch, but if your soil is ' +
    'heavy or your winters regularly dip below about −5°C, the tubers are likely to rot or freeze. Lifting them takes an ' +
    'afternoon and means you start next spring with plants that are bigger than the ones you bought.',
  'I have lifted around sixty plants every autumn for the last twelve years. This is the method that has given me the fewest ' + 'losses.',
];
const gdH1 = 'When to lift dahlias';
const gdP2 = [
  'Wait until the first frost has blackened the foliage. That frost tells the plant to stop growing and helps the tubers ' +
    'ripen, which makes them store better. Lift them within a week or so after that, on a dry day if you can.',
  'If no frost has come by mid-November, you can lift them anyway. Cut the stems back first and wait a few days.',
];
const gdH2 = 'What you’ll need';
const gdNeed = ['A garden fork', 'Secateurs', 'Plant labels and a pencil', 'Shallow crates or trays', 'Dry compost, vermiculite or wood shavings'];
const gdH3 = 'How to lift the tubers';
const gdSteps = [
  'Cut the stems down to about 15 cm. Leave a stump to hold on to and to help water drain out of the hollow stem.',
  'Write the variety name on a label and tie it to the stump before you dig. Once they are out of the ground, all tubers look alike.',
  'Push a fork into the soil about 30 cm from the stem and lever gently all the way round before lifting. The necks of the tubers ' +
    'snap easily, and a tuber without its neck will not grow.',
  'Shake or hose off as much soil as you can, then turn the clump upside down so water drains out of the stem.',
];
const gdH4 = 'Drying and storing';
const gdP3 = [
  'Leave the clumps upside down somewhere frost-free and airy, like a shed or garage, for one to two weeks until the skins feel ' +
    'dry and slightly papery. Do not dry them in a warm house, or they will shrivel.',
  'Then pack them in shallow crates, surrounded but not quite covered by dry compost, vermiculite or wood shavings. Store the ' +
    'crates somewhere cool and dark where the temperature stays between 4 and 10°C.',
];
const gdH5 = 'Check on them over winter';
const gdP4 = [
  'Look at the tubers once a month. Cut away any soft or mouldy parts with a clean knife and dust the cut with sulphur powder. If ' +
    'they look very wrinkled, mist the packing material lightly.',
  'In March, pot them up in a frost-free greenhouse or on a bright windowsill and they will be ready to plant out after the last ' +
    'frost, usually in late May.',
];
const gdCaption = 'A clump of ‘Café au Lait’ tubers drying upside down on the shed floor.';
const gdNav = ['Blog', 'Grow Guides', 'Garden Diary', 'About'];
const gdVideo = [
  'Advertisement',
  'Video Player is loading.',
  'Play Video',
  'Play',
  'Unmute',
  'Current Time 0:00',
  'Duration 0:00',
  'Loaded: 0%',
  'Fullscreen',
  'This is a modal window.',
  'Up Next: How to Divide Hostas in Spring',
];
const gdTags = ['Dahlias', 'Autumn jobs', 'Tubers'];
const gdPrevNext = ['Planting Tulips in Pots: Lasagne Style', 'Why I Stopped Digging My Vegetable Beds'];
const gdComments = [
  {
    name: 'Rhiannon P.',
    date: 'October 28, 2025 at 6:12 pm',
    text: 'The label tied to the stump tip saved me this year. Last year I had forty unnamed tubers!',
  },
  { name: 'Gil Ashworth', date: 'November 2, 2025 at 9:40 am', text: 'Do you divide the clumps in autumn or wait until spring?' },
];
const gdForm = ['Leave a Reply', 'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Website'];
const vjsButton = (cls: string, t: string): string => `<button class="${cls} vjs-control vjs-button" type="button" title="${t}" aria-disabled="false">
<span class="vjs-icon-placeholder" aria-hidden="true"></span><span class="vjs-control-text" aria-live="polite">${t}</span></button>`;
const video = `<div class="ez-video-wrap humix-player-wrap" id="ez-video-wrap-humix-1" data-ez-name="muddybootsgarden_com-medrectangle-4"><div
class="ez-video-label">
${gdVideo[0]}</div><div id="humix-player-1" class="video-js vjs-16-9 vjs-paused vjs-controls-enabled vjs-workinghover vjs-v8 vjs-user-inactive" role="region"
aria-label="Video Player" tabindex="-1" lang="en-us" translate="no"><video class="vjs-tech" preload="none" muted playsinline tabindex="-1"
id="humix-player-1_html5_api" poster="https://video.humix.example/poster/hostas.jpg"></video><div class="vjs-poster" aria-disabled="false"></div>
<div class="vjs-text-track-display" translate="yes" aria-live="off" aria-atomic="true"></div><div class="vjs-loading-spinner" dir="ltr"><span
class="vjs-control-text">
${gdVideo[1]}</span></div><button class="vjs-big-play-button" type="button" title="Play Video" aria-disabled="false"><span class="vjs-icon-placeholder"
aria-hidden="true"></span><span class="vjs-control-text" aria-live="polite">${gdVideo[2]}</span></button><div class="vjs-control-bar" dir="ltr">
${vjsButton('vjs-play-control', 'Play')}<div
class="vjs-volume-panel vjs-control vjs-volume-panel-horizontal">${vjsButton('vjs-mute-control vjs-vol-0', 'Unmute')}
</div><div class="vjs-current-time vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">Current Time&nbsp;</span><span
class="vjs-current-time-display" role="presentation">0:00</span></div><div class="vjs-time-control vjs-time-divider" aria-hidden="true"><div><span>/</span>
</div>
</div><div class="vjs-duration vjs-time-control vjs-control"><span class="vjs-control-text" role="presentation">Duration&nbsp;</span><span
class="vjs-duration-display" role="presentation">0:00</span></div><div class="vjs-progress-control vjs-control"><div tabindex="0" class="vjs-progress-holder
vjs-slider vjs-slider-horizontal" role="slider" aria-valuenow="0.00" aria-valuemin="0" aria-valuemax="100" aria-label="Progress Bar"
aria-valuetext="0:00 of 0:00">
<div class="vjs-load-progress"><span class="vjs-control-text"><span>Loaded</span>: <span class="vjs-control-text-loaded-percentage">0%</span></span></div>
<div class="vjs-play-progress vjs-slider-bar" aria-hidden="true"></div></div></div>${vjsButton('vjs-fullscreen-control', 'Fullscreen')}</div>
<div class="vjs-error-display vjs-modal-dialog vjs-hidden" tabindex="-1" aria-hidden="true" aria-label="Modal Window" role="dialog" aria-live="polite">
<p class="vjs-modal-dialog-description vjs-control-text">${gdVideo[9]}</p><div class="vjs-modal-dialog-content" role="document"></div></div></div>
<div class="humix-close" role="button" aria-label="Close">×</div><div class="humix-next-title">${gdVideo[10]}</div></div>`;
const ezAd = (n: number): string => `<div id="ezoic-pub-ad-placeholder-${n}" data-inserter-version="2" data-placement-location="under_first_paragraph"></div>
<span class="ezoic-ad ezoic-at-0 medrectangle-${n} medrectangle-${n}${n} adtester-container adtester-container-${100 + n}" data-ez-name="mbg_${n}"><span
id="div-gpt-ad-muddybootsgarden_com-medrectangle-${n}-0" ezaw="300" ezah="250" class="ezoic-ad"></span></span>`;
const p = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const h2 = (t: string): string => `<h2 class="wp-block-heading">${t}</h2>`;
const gdHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to Lift and Store Dahlia Tubers Over Winter - Muddy Boots Garden</title>
<meta name="description" content="When to lift dahlias, how to dig them without snapping the necks, and how to dry and store the tubers until spring.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2022-10-19T08:30:00+00:00">
<meta property="article:modified_time" content="2025-10-14T19:02:17+00:00"><meta name="twitter:label1" content="Est. reading time">
<meta name="twitter:data1" content="7 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gdTitle}",
"datePublished":"2022-10-19T08:30:00+00:00","dateModified":"2025-10-14T19:02:17+00:00","author":{"name":"Wren Castellane"},"timeRequired":"PT7M"}]}</script>
<script src="//www.ezojs.example/ezoic/sa.min.js" async></script>
<style id="wp-block-navigation-inline-css">.wp-block-navigation{position:relative}</style></head>
<body class="post-template-default single single-post postid-1904 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div
class="wp-block-group alignwide has-base-background-color has-background has-global-padding
is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex
wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="https://muddybootsgarden.example" target="_self" rel="home">Muddy Boots Garden</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-block-navigation-is-layout-flex"
aria-label="Main" data-wp-interactive="core/navigation"><button aria-haspopup="dialog" aria-label="Open menu"
class="wp-block-navigation__responsive-container-open"
data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true"
focusable="false"></svg></button><div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"
tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"><svg
width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false"></svg></button><div class="wp-block-navigation__responsive-container-content"
id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">${gdNav
  .map(
    (t) => `<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content"
href="https://muddybootsgarden.example/${t.toLowerCase().replace(/ /g, '-')}/"><span class="wp-block-navigation-item__label">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></div></div></nav></div></div></header>
<main class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group has-global-padding
is-layout-constrained wp-block-group-is-layout-constrained"><h1 class="wp-block-post-title">${gdTitle}</h1><div class="wp-block-template-part"><div
class="wp-block-group is-content-justification-left is-layout-flex wp-block-group-is-layout-flex"><p class="has-small-font-size">Last updated:</p>
<div class="wp-block-post-date__modified-date wp-block-post-date has-small-font-size"><time datetime="2025-10-14T19:02:17+00:00">October 14, 2025</time></div>
<p class="has-contrast-2-color has-small-font-size">by</p>
<div class="wp-block-post-author-name has-small-font-size"><a href="https://muddybootsgarden.example/author/wren/" target="_self"
class="wp-block-post-author-name__link">Wren Castellane</a></div>
<p class="has-contrast-2-color has-small-font-size">in</p>
<div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="https://muddybootsgarden.example/category/flowers/" rel="tag">Flowers</a></div>
</div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
<p class="yoast-reading-time__wrapper"><span class="yoast-reading-time__icon"><svg aria-hidden="true" focusable="false" data-icon="clock" width="20" height="20"
fill="none" stroke="currentColor" viewBox="0 0 24 24"></svg></span><span class="yoast-reading-time__spacer" style="display:inline-block;width:1em"></span>
<span class="yoast-reading-time__descriptive-text">Estimated reading time: </span><span class="yoast-reading-time__reading-time">7</span><span
class="yoast-reading-time__time-unit"> minutes</span></p>
${p(gdP1)}
${ezAd(1)}
${h2(gdH1)}
${p(gdP2)}
${video}
${h2(gdH2)}
<ul class="wp-block-list">${gdNeed.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(gdH3)}
<ol class="wp-block-list">${gdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ezAd(2)}
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="768"
src="https://muddybootsgarden.example/wp-content/uploads/2025/10/tubers.jpg"
alt="" class="wp-image-1911"><figcaption class="wp-element-caption">${gdCaption}</figcaption></figure>
${h2(gdH4)}
${p(gdP3)}
${h2(gdH5)}
${p(gdP4)}
</div>
<div class="wp-block-group has-global-padding is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms"><span
class="wp-block-post-terms__prefix">
Tagged: </span>${gdTags.map((t) => `<a href="https://muddybootsgarden.example/tag/${t.toLowerCase().replace(/ /g, '-')}/" rel="tag">${t}</a>`).join(', ')}</div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="Post navigation"><div
class="post-navigation-link-previous
wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a
href="https://muddybootsgarden.example/tulips-in-pots/" rel="prev">${gdPrevNext[0]}</a></div><div class="post-navigation-link-next
wp-block-post-navigation-link"><a href="https://muddybootsgarden.example/no-dig-beds/" rel="next">${gdPrevNext[1]}</a><span
class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav></div>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading">Comments</h2><ol class="wp-block-comment-template">${gdComments
  .map(
    (c, i) => `<li id="comment-${77 + i}" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex"><div
class="wp-block-comment-author-name has-small-font-size">${c.name}</div><div class="wp-block-comment-date has-small-font-size"><time
datetime="2025-10-28T18:12:00+00:00"><a href="#comment-${77 + i}">${c.date}</a></time></div></div><div class="wp-block-comment-content"><p>${c.text}</p></div>
<div class="wp-block-comment-reply-link has-small-font-size"><a rel="nofollow" class="comment-reply-link" href="#comment-${77 + i}">Reply</a></div></li>`,
  )
  .join('\n')}</ol><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">${gdForm[0]}</h3>
<form id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">${gdForm[1]}</span> <span
class="required-field-message">${gdForm[2]}
</span></p><p class="comment-form-comment"><label for="comment">${gdForm[3]}</label><textarea id="comment" name="comment"></textarea></p><p
class="comment-form-author"><label for="author">${gdForm[4]}</label><input id="author" type="text"></p><p class="comment-form-email"><label
for="email">${gdForm[5]}</label><input id="email" type="email"></p><p class="comment-form-url"><label for="url">${gdForm[6]}</label><input id="url"
type="url"></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button"
value="Post Comment"></p></form></div></div></main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><p class="wp-block-site-title"><a
href="https://muddybootsgarden.example" target="_self" rel="home">Muddy Boots Garden</a></p><p class="has-text-align-right has-small-font-size">Designed with
<a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer></div>
<script src="https://muddybootsgarden.example/wp-includes/js/dist/script-modules/block-library/navigation/view.min.js?ver=61572d447d60c0aa5240" type="module">
</script>
</body></html>`;
export const gardenPost: TestPage = {
  html: gdHtml,
  name: 'heldout90-wp-block-theme-gardening',
  kind: 'blog',
  // "Last updated:", the modified date, the author name and "Estimated reading time: 7 minutes" (Yoast's block, the first
  // block of the post content) are bylines; the "by" / "in" joiners and the category are furniture; the video player's
  // texts (its "0:00" and "/" display spans in neither list), the caption, tags, post navigation, comments, form and footer
  // are furniture; the things-you-need list and the numbered steps are body; the tags
  // "Dahlias" and "Tubers" are words of the title and a heading and are left out
  title: gdTitle,
  headings: [gdH1, gdH2, gdH3, gdH4, gdH5],
  body: [...gdP1, ...gdP2, ...gdNeed, ...texts(gdSteps), ...gdP3, ...gdP4],
  bylines: ['Last updated:', 'October 14, 2025', 'Wren Castellane', 'Estimated reading time: 7 minutes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Muddy Boots Garden', ...gdNav, 'by', 'in', 'Flowers', ...gdVideo, '×', gdCaption, 'Tagged:', 'Autumn jobs', ...gdPrevNext, 'Comments',
    ...gdComments.flatMap((c) => [c.name, c.date, c.text]), 'Reply', ...gdForm, 'Designed with WordPress',
  ],
};
