import { links, ps, type TestPage, texts } from './page-kit.js';
import { itchDevlog } from './pages-heldout211-f2.js';

/**
 * Held-out batch 211, file f: a Rock Paper Shotgun hands-on article on the ReedPop template (the consent banner, the header
 * with the nav, "Sign in" and the supporter link, the sign-in promo bar, breadcrumbs, the title and strapline, the author with
 * "Contributor" role and "Published on" time, the "Follow" topic button, the hero figure with credit, h2 sections, an inline
 * "Read more" aside and embedded trailer caption, the mid-article ad, the "Related topics" follow box, the author box, the
 * comments area, the "Most popular" and "Latest" rails and the footer) and, from file f2, an itch.io devlog post.
 */
const rpsTitle = 'I spent four hours lost in Undertow Cartographer and never once wanted a minimap';
const rpsStrap = 'A survey game where the sea redraws your charts overnight';
const rpsP1 = [
  'There is a moment early in <em>Undertow Cartographer</em> when you realise the map you have spent an hour drawing is wrong. ' +
    'Not a little wrong. The sandbar you marked on the first morning has moved two hundred metres east, the channel you were ' +
    'relying on is now a field of kelp, and the lighthouse you used as a landmark is still there, but facing the other way.',
  'It is the best kind of sinking feeling, and it is the whole game. I played the first four hours of a preview build last ' +
    'week, and I have been thinking about currents ever since.',
];
const rpsH1 = 'Ink, compass, guesswork';
const rpsP2 = [
  'You play a surveyor sent to chart an archipelago for a shipping company that clearly does not care whether you come back. ' +
    'You have a small sailboat, a sextant, a lead line for measuring depth and a notebook. There is no minimap and no automatic ' +
    'mapping. Everything on your chart is something you drew yourself, by hand, with the mouse.',
  'That sounds like it should be a chore, and for the first twenty minutes it is. But the tools are good. Taking a bearing on ' +
    'two landmarks and watching the lines cross on your chart is genuinely satisfying, and the game is generous about letting ' +
    'you tidy up your scribbles later.',
];
const rpsH2 = 'The sea has other ideas';
const rpsP3 = [
  'Every night, the tides and storms rework part of the archipelago. Not all of it, and not at random: the developers at Kittiwake ' +
    'Works told me the shifting follows rules based on currents and wind, which a sharp player can learn to predict. By my third ' +
    'in-game week I had started marking probable sandbars in pencil and permanent ones in ink, which felt like a small ' +
    'triumph.',
  'The company pays you for accurate charts, and sells them on to ship captains whose fates you hear about in letters. One of ' +
    'my early charts put a merchant vessel on a reef. The letter from the widow is not subtle, but it worked on me. I re-surveyed ' +
    'that strait three times.',
];
const rpsH3 = 'Still some rough water';
const rpsP4 = [
  'The build I played had a few obvious gaps. Several islands have nothing on them yet, the interface for comparing old and new ' +
    'charts is fiddly, and the boat handles strangely in strong wind. Kittiwake Works says all three are being worked on before ' +
    'the game arrives on Steam next year.',
  'Even so, I have rarely played anything that makes a map feel this precious. I will be back on the water the moment the full ' + 'release lets me.',
];
const rpsNav = ['News', 'Reviews', 'Features', 'Guides', 'Hardware', 'Deals', 'Videos'];
const rpsPromo = 'Rock Paper Shotgun is the home of PC gaming. Sign in to follow topics, join the comments and hide ads with a Supporter membership.';
const rpsCaption = 'Charting a channel by lamplight in an early build.';
const rpsReadMore = 'The best exploration games on PC';
const rpsTopics = ['Undertow Cartographer', 'Kittiwake Works', 'Exploration', 'Simulation', 'PC'];
const rpsBio =
  'Ottilie Brennan writes about strange, small and sea-adjacent games for Rock Paper Shotgun. She has drawn many maps and ' + 'none of them have been right.';
const rpsPopular = [
  'The best PC games of 2025 so far',
  'Steam’s autumn sale dates have been announced',
  'A beloved immersive sim is getting a fan-made remaster',
  'Our favourite new strategy games this month',
];
const rpsLatest = ['The Sunday Papers', 'Have You Played... a game about sorting post?', 'This week’s best PC deals'];
const rpsConsent = [
  'We use cookies and similar technologies, and work with partners, to personalise ads and content, measure performance and ' + 'improve our services.',
  'Accept',
  'Reject',
  'Options',
];
const rpsComments = ['Comments', 'Want to join the discussion? Please activate your account first.', 'Visit Rock Paper Shotgun to activate.'];
const rpsFoot = ['About us', 'Contact', 'Editorial policy', 'Advertise', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Supporters'];
const rpsCopy = '© 2025 Gamer Network Limited. Rock Paper Shotgun is part of the ReedPop gaming network.';
const rpsHtml = `<!DOCTYPE html>
<html lang="en-GB" data-site="rockpapershotgun"><head><meta charset="utf-8">
<title>I spent four hours lost in Undertow Cartographer and never once wanted a minimap | Rock Paper Shotgun</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${rpsStrap}">
<meta property="og:title" content="${rpsTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Rock Paper Shotgun">
<meta property="article:published_time" content="2025-11-12T14:00:00+00:00"><meta name="author" content="Ottilie Brennan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rpsTitle}","datePublished":"2025-11-12T14:00:00+00:00",
"author":[{"@type":"Person","name":"Ottilie Brennan"}],"publisher":{"@type":"Organization","name":"Rock Paper Shotgun"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"articleId":921877,"section":"previews"});</script>
<script src="https://assetsio.gnwcdn.example/static/js/rps-app.9c1d.js" defer></script></head>
<body class="page_article article_type_preview" data-article-id="921877">
<div id="sp_message_container_614" class="sp_message_container"><div class="message"><p>${rpsConsent[0]}</p>
<button title="Accept">${rpsConsent[1]}</button><button title="Reject">${rpsConsent[2]}</button><button title="Options">${rpsConsent[3]}</button></div></div>
<a class="skip_link" href="#content_above">Skip to main content</a>
<header class="site_header"><div class="site_header_inner"><a class="logo" href="/" title="Rock Paper Shotgun"><span
class="visually_hidden">Rock Paper Shotgun</span></a>
<nav class="primary_nav" aria-label="Primary"><ul class="nav_list">${links(rpsNav, 'nav_item')}</ul></nav>
<div class="user_controls"><a class="supporter_link" href="/supporters">Support us</a><a class="sign_in" href="/login">Sign in</a></div></div></header>
<div class="promo_bar"><p>${rpsPromo}</p><a class="button" href="/login">Sign in</a></div>
<div class="leaderboard_ad ad" data-ad-slot="leaderboard"><span class="ad_label">Advertisement</span></div>
<div class="page_content" id="content_above"><main class="main"><article class="article" data-type="preview"><header class="article_header">
<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>${links(['Home', 'Features', 'Previews'], 'breadcrumb')}</ol></nav>
<h1 class="title">${rpsTitle}</h1><p class="strapline">${rpsStrap}</p>
<div class="article_meta"><div class="author"><div class="details"><span class="author_name"><a href="/authors/ottilie-brennan"
rel="author">Ottilie Brennan</a></span>
<span class="author_role">Contributor</span></div></div>
<div class="published_at"><span class="label">Published on </span><time datetime="2025-11-12T14:00:00+00:00">Nov. 12, 2025</time></div>
<div class="follow_cta"><button class="follow_button" data-follow-topic="undertow-cartographer">Follow Undertow Cartographer</button></div></div></header>
<figure class="headline_image_wrapper"><img class="headline_image" src="https://assetsio.gnwcdn.example/undertow-cartographer-lamplight.jpg" alt="">
<figcaption><span class="caption">${rpsCaption}</span> <span class="credit">Image credit: Kittiwake Works</span></figcaption></figure>
<div class="article_body"><section class="article_body_content">
${ps(rpsP1)}
<h2>${rpsH1}</h2>
${ps(rpsP2)}
<aside class="read_more"><p class="read_more_label">Read more</p><a href="/best-exploration-games">${rpsReadMore}</a></aside>
<h2>${rpsH2}</h2>
${ps(rpsP3.slice(0, 1))}
<div class="video_wrapper"><iframe title="Undertow Cartographer trailer" src="https://www.youtube-nocookie.example/embed/ut7Kc0"></iframe>
<p class="video_caption">Undertow Cartographer's announcement trailer.</p></div>
${ps(rpsP3.slice(1))}
<div class="mpu_ad ad" data-ad-slot="mpu_1"><span class="ad_label">Advertisement</span></div>
<h2>${rpsH3}</h2>
${ps(rpsP4)}
</section>
<section class="follow_topics"><h2 class="follow_topics_title">Related topics</h2><ul class="topic_list">${links(rpsTopics, 'topic')}</ul></section>
<section class="author_box"><h2 class="author_box_title">About the Author</h2><p class="author_box_name">Ottilie Brennan</p>
<p class="author_box_role">Contributor</p><p class="author_box_bio">${rpsBio}</p></section></div>
<section class="comments" id="comments"><h2 class="comments_title">${rpsComments[0]}</h2><div class="comments_login"><p>${rpsComments[1]}</p>
<p>${rpsComments[2]}</p></div></section>
</article></main>
<aside class="sidebar"><section class="popular"><h2>Most popular</h2><ol>${links(rpsPopular, 'popular_item')}</ol></section>
<div class="mpu_ad ad" data-ad-slot="sidebar"><span class="ad_label">Advertisement</span></div>
<section class="latest"><h2>Latest</h2><ul>${links(rpsLatest, 'latest_item')}</ul></section></aside></div>
<footer class="site_footer"><nav class="footer_nav"><ul>${links(rpsFoot)}</ul></nav><p class="legal">${rpsCopy}</p></footer>
</body></html>`;
const rps: TestPage = {
  html: rpsHtml,
  name: 'heldout211-rockpapershotgun-preview',
  kind: 'news',
  // the strapline is body; the trailer caption, the "Read more" aside, the author box and the comments prompt are furniture
  title: rpsTitle,
  headings: [rpsH1, rpsH2, rpsH3],
  body: texts([rpsStrap, ...rpsP1, ...rpsP2, ...rpsP3, ...rpsP4]),
  bylines: ['Ottilie Brennan', 'Published on Nov. 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...rpsConsent, 'Skip to main content', ...rpsNav, 'Support us', 'Sign in', rpsPromo, 'Advertisement', 'Home', 'Previews', 'Contributor',
    'Follow Undertow Cartographer', rpsCaption, 'Image credit: Kittiwake Works', 'Read more', rpsReadMore,
    'Undertow Cartographer\'s announcement trailer.', 'Related topics', ...rpsTopics, 'About the Author', rpsBio, ...rpsComments, 'Most popular',
    ...rpsPopular, 'Latest', ...rpsLatest, ...rpsFoot, rpsCopy,
  ],
};

export const HELDOUT211_F: readonly TestPage[] = [rps, itchDevlog];
