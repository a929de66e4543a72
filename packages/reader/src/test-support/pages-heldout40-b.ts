import type { TestPage } from './page-kit.js';
import { substackNotes } from './pages-heldout40-b2.js';

/**
 * Held-out batch 40, file b: a Telegram public channel post as its t.me/<channel>/<id> web preview shows it (the tgme page
 * head with the logo and "Download", the "Don't have Telegram yet?" strip, the post widget, here saved with the widget's
 * frame inlined: channel photo and name, the photo, the post text with its bold first line, hashtags, reactions, views,
 * "edited" and the time; then "Context", "View in Telegram" and the "If you have Telegram" line, the wallpaper canvas and the
 * page scripts).
 */
const tgChannel = 'Riverside Transit Watch';
const tgTitle = 'Night buses return to the N4 and N9 routes from Monday 14 April.';
const tgLines = [
  'After eight months of cuts, the city transport office confirmed this afternoon that both routes will run every 30 minutes ' +
    'between midnight and 5 am, seven days a week.',
  'The cuts last summer left the east side without any public transport after 11 pm for the first time since 1998. Shift workers at ' +
    'the hospital and the port had been sharing taxis or walking, and a petition to restore the routes collected more than 9,000 signatures.',
  'The N4 keeps its old route through Dock Street and past the General Hospital. The N9 has been shortened: it now ends at Greyhill ' +
    'Park instead of the airport, which will be served by the new X1 express coach from the same date.',
  'Sandor Vell, who speaks for the drivers’ union, told us the restart depends on hiring 22 more drivers. Fifteen have already ' +
    'finished training, and the office says the rest will be in place by the end of March.',
  'What has not changed: night fares stay at the day rate, and monthly passes are valid on both routes. Paper night tickets are no ' +
    'longer sold on board, so top up your card before you travel.',
  'The office has also promised live tracking for both night routes in its app, something riders have asked for since the old night ' +
    'network first ran. We have asked when that will arrive and will update this post when we hear back.',
  'We will post the full timetables as soon as they are published. Questions and sightings go to our chat, linked in the channel description.',
];
const tgTags = ['#N4', '#N9', '#nightbus'];
const tgReactions = [
  ['F09F918D', '👍', '412'],
  ['E29DA4', '❤', '96'],
  ['F09F94A5', '🔥', '58'],
  ['F09F988D', '😍', '17'],
];
const tgText = `<b>${tgTitle}</b><br/><br/>${tgLines.join('<br/><br/>')}<br/><br/>${tgTags.map((t) => `<a href="?q=%23${t.slice(1)}">${t}</a>`).join(' ')}`;
const tgWidget = `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap
js-widget_message" data-post="riversidetransit/1843" data-view="eyJjIjotMTAwMjE4ODQ3MzM2MCwicCI6MTg0MywidCI6MTc0MTEwMzMyOX0"
data-peer="c2188473360_-6811264735062871923" data-peer-hash="93ab1c7e5f0d2a44" data-post-id="1843"><div class="tgme_widget_message_user"><a
href="https://t.me/riversidetransit"><i class="tgme_widget_message_user_photo bgcolor3" style="background-color:#7bc862" data-content="R"><img
src="https://cdn4.cdn-telegram.org/file/kT3vR0x8-channel-photo.jpg"></i></a></div><div class="tgme_widget_message_bubble"><i
class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path
class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.127,12.844 5.96,11.051 C4.665,9.06 2.645,7.245 0,5.607 L0,1 L8,1 Z">
</path></g></svg></i><div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name"
href="https://t.me/riversidetransit"><span dir="auto">${tgChannel}</span></a></div><a class="tgme_widget_message_photo_wrap blured 5331847123"
href="https://t.me/riversidetransit/1843?single" style="width:800px;background-image:url('https://cdn4.cdn-telegram.org/file/nightbus-n4.jpg')"><div
class="tgme_widget_message_photo" style="padding-top:62.5%"></div></a><div class="tgme_widget_message_text js-message_text" dir="auto">${tgText}</div>
<div class="tgme_widget_message_reactions js-message_reactions">${tgReactions
  .map(
    ([code, e, n]) =>
      `<span class="tgme_reaction"><i class="emoji" style="background-image:url('//telegram.org/img/emoji/40/${code}.png')"><b>${e}</b></i>${n}</span>`,
  )
  .join('')}</div><div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">18.4K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">edited <a
class="tgme_widget_message_date" href="https://t.me/riversidetransit/1843"><time datetime="2025-03-04T15:42:09+00:00" class="time">15:42</time></a>
</span></div></div></div></div></div>`;
const tgHtml = `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>${tgChannel} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta property="og:title" content="${tgChannel}">
    <meta property="og:image" content="https://cdn4.cdn-telegram.org/file/nightbus-n4.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="${tgTitle}&#10;&#10;After eight months of cuts, the city transport office confirmed this afternoon…">
    <meta property="twitter:title" content="${tgChannel}">
    <meta name="robots" content="noindex, nofollow">
    <link rel="icon" type="image/svg+xml" href="//telegram.org/img/website_icon.svg?4">
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/bootstrap.min.css?3" rel="stylesheet">
    <link href="//telegram.org/css/telegram.css?243" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <style>.tgme_page_post .tgme_page_widget{margin:0 auto;max-width:520px}</style>
  </head>
  <body class="no_transition">
    <div class="tgme_background_wrap">
      <canvas id="tgme_background" class="tgme_background default" width="50" height="50" data-colors="dbddbb,6ba587,d5d88d,88b884"></canvas>
      <div class="tgme_background_pattern default"></div>
    </div>
    <div class="tgme_page_wrap">
      <div class="tgme_head_wrap">
        <div class="tgme_head">
          <a href="//telegram.org/" class="tgme_head_brand"><svg class="tgme_logo" height="34" viewBox="0 0 133 34" width="133"
xmlns="http://www.w3.org/2000/svg"><g fill="none" fill-rule="evenodd"><circle cx="17" cy="17" fill="var(--accent-btn-color)" r="17"/></g></svg></a>
          <a class="tgme_head_right_btn" href="//telegram.org/dl?tme=5a1e0c7b3d94f2e6_1837465">Download</a>
        </div>
      </div>
      <a class="tgme_head_dl_button" href="//telegram.org/dl?tme=5a1e0c7b3d94f2e6_1837465">Don’t have <strong>Telegram</strong> yet? Try it now!<i
class="tgme_icon_arrow"></i></a>
      <div class="tgme_body_wrap">
        <div class="tgme_page tgme_page_post">
          <div class="tgme_page_widget_wrap">
            <div class="tgme_page_widget" id="widget">
              ${tgWidget}
            </div>
          </div>
          <div class="tgme_page_widget_actions_wrap" id="widget_actions_wrap">
            <div class="tgme_page_widget_actions">
              <div class="tgme_page_widget_actions_cont">
                <div class="tgme_page_widget_action_left"><a class="tgme_page_context_link"
href="https://t.me/s/riversidetransit/1843"><i class="tgme_page_context_icon"></i>Context</a></div>
                <div class="tgme_page_widget_action_right"><a class="tgme_action_button_new shine"
href="tg://resolve?domain=riversidetransit&amp;post=1843">View in Telegram</a></div>
              </div>
            </div>
          </div>
          <div class="tgme_page_additional">
            If you have <strong>Telegram</strong>, you can view this post<br>
            and join <strong>${tgChannel}</strong> right away.
          </div>
        </div>
      </div>
    </div>
    <div id="tgme_frame_cont"></div>
    <script src="//telegram.org/js/tgwallpaper.min.js?3"></script>
    <script type="text/javascript">
var protoUrl = "tg:\\/\\/resolve?domain=riversidetransit&post=1843";
if (false) { var iframeContEl = document.getElementById('tgme_frame_cont') || document.body; var iframeEl = document.createElement('iframe');
iframeContEl.appendChild(iframeEl); var pageHidden = false; window.addEventListener('pagehide', function () { pageHidden = true; }, false);
iframeEl.src = protoUrl; }
TWallpaper.init(document.getElementById('tgme_background'));
    </script>
  </body>
</html>`;
const telegramPost: TestPage = {
  html: tgHtml,
  name: 'heldout40-telegram-post',
  kind: 'forum',
  // the post has no title of its own: its bold first line is the title, the other paragraphs of the post are body; the hashtag
  // line at the foot of the post works as the post's tags: furniture, as a blog's tag list is; the channel name (the post's
  // author line), "edited" and the time are bylines; the views with their copy-only " views", the reactions (emoji and count
  // run together as the markup writes them), "Context", "View in Telegram", "If you have Telegram…", "Download" and the
  // "Don't have Telegram yet?" strip are furniture; the photo has no caption
  title: tgTitle,
  headings: [],
  body: tgLines,
  bylines: [tgChannel, 'edited', '15:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Download', 'Don’t have Telegram yet? Try it now!', tgTags.join(' '), ...tgReactions.map(([, e, n]) => `${e}${n}`), '18.4K', 'views', 'Context',
    'View in Telegram', `If you have Telegram, you can view this post and join ${tgChannel} right away.`,
  ],
};

export const HELDOUT40_B: readonly TestPage[] = [telegramPost, substackNotes];
