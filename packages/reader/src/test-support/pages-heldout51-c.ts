import { links, type TestPage, texts } from './page-kit.js';
import { podcastEpisode } from './pages-heldout51-c2.js';

/**
 * Held-out batch 51, file c: a Vimeo video page as a logged-out visitor saves it in 2025 (the marketing top bar with "Log in"
 * and "Join", the player with its control labels, the clip header with "Staff Pick" badge, owner and "Follow", stats and the
 * upload date, the expanded description, the structured credits list and categories, the comment thread with replies and
 * "Reply" links, the "More from" and "Related" rails, the consent banner, the footer, JSON-LD and the inlined clip config).
 */
const vmTitle = 'The Night Shift at Kessler’s';
const vmOwner = 'Ana Ferreira';
const vmDesc = [
  'Kessler’s has baked bread on the corner of Vine Street and Dock Road since 1952, and for most of that time the work has ' +
    'been done between ten at night and six in the morning by the same four or five people. This short documentary follows ' +
    'one shift in the last winter before the bakery moves its ovens to an industrial unit on the edge of town.',
  'We filmed over eleven nights in February with one camera, available light and the radio that has been on the same ' +
    'station for as long as anyone can remember. Nobody in the film had been on camera before, and most of what they say ' +
    'was said while they were working, not in interviews.',
  'Thank you to Marek, Dolores, Jimmy and Kasia for letting us stand in the way for two weeks, and to the Kessler family ' +
    'for opening the doors. The film premiered at the Eastbrook Short Film Festival in October, where it won the audience ' +
    'award.',
];
interface VmComment {
  who: string;
  when: string;
  text: string;
  reply?: boolean;
}
const vmComments: VmComment[] = [
  {
    who: 'Lukas Brandt',
    when: '1 month ago',
    text:
      'The shot of Dolores checking the loaves by knocking on them, with the radio playing behind her, is one of the most ' +
      'human things I have seen this year. Lovely, patient filmmaking.',
  },
  {
    who: 'Priya Raman',
    when: '1 month ago',
    text: 'What did you shoot this on? The low-light footage is incredibly clean for a single camera and no lights.',
  },
  {
    who: vmOwner,
    when: '1 month ago',
    reply: true,
    text:
      'Thank you both! Priya, it was a Sony FX3 with two old manual primes. The ovens did most of the lighting for us, ' +
      'which is why everything glows orange.',
  },
  {
    who: 'Owen Castell',
    when: '3 weeks ago',
    text: 'I grew up two streets away and we used to buy the broken rolls from the back door on the way to school. This made me cry.',
  },
  { who: 'Hanne Vik', when: '2 weeks ago', text: 'Beautiful sound design. The radio, the mixers, the tray racks: every layer is there.' },
];
const vmTop = ['Features', 'Solutions', 'Resources', 'Pricing', 'Watch'];
const vmPlayer = ['Play', 'Volume', 'Settings', 'Picture-in-Picture', 'Fullscreen', 'Like', 'Watch Later', 'Share'];
const vmCredits = ['Director', vmOwner, 'Cinematographer', 'Tom Achterberg', 'Editor', 'Ruth Adeyemi', 'Sound', 'Felix Mörner'];
const vmCats = ['Documentary', 'Food'];
const vmMore = ['Harbour Ice (2024)', 'Last Orders at the Drovers Arms', 'Tailors of Field Lane'];
const vmRelated = ['Dough | A Short Film About Patience', 'The Milkman of Ardlow', 'Graveyard Shift: A Night at the Fish Market'];
const vmFoot = ['About', 'Careers', 'Press', 'Vimeo Blog', 'Help center', 'Terms', 'Privacy', 'Cookies', 'Do Not Sell or Share My Personal Information'];
const vmComment = (c: VmComment, i: number): string => `<li class="sc-1y6ntws-0 ${c.reply === true ? 'kZTbdx' : 'hXbGql'}" data-testid="comment-item"
 id="comment-${20418832 + i}"><div class="sc-4c0rl8-0"><a class="sc-4c0rl8-1 author-link" href="/user${1042338 + i}">${c.who}</a>
<span class="sc-4c0rl8-2 comment-date"><time datetime="2025-11-0${1 + i}T14:22:00-05:00" title="${c.when}">${c.when}</time></span></div>
<div class="sc-1j3v5fk-0 comment-body"><p>${c.text}</p></div><div class="sc-4c0rl8-4"><button class="sc-19ktvx4-0" data-testid="reply">Reply</button>
<button class="sc-19ktvx4-0" aria-label="Report comment">Report</button></div></li>`;
const vmLd = `{"@context":"http://schema.org","@type":"VideoObject","name":"${vmTitle}","uploadDate":"2025-10-21T09:30:12-04:00",
"duration":"PT11M46S","author":{"@type":"Person","name":"${vmOwner}"},"thumbnailUrl":"https://i.vimeocdn.com/video/1987654321-d_640"}`;
const vmHtml = `<!DOCTYPE html>
<html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>${vmTitle} on Vimeo</title>
<meta name="description" content="Kessler’s has baked bread on the corner of Vine Street and Dock Road since 1952, and for most of that time …">
<meta property="og:video:url" content="https://player.vimeo.com/video/1129876543"><script type="application/ld+json">${vmLd}</script>
<style data-styled="active">.hXbGql{padding:16px 0}.kZTbdx{padding:16px 0 16px 48px}</style></head>
<body><div id="__next"><div id="topnav_desktop" class="sc-7ce6d7-0"><a href="/" aria-label="Vimeo homepage" class="topnav_logo">Vimeo</a>
<nav aria-label="Main navigation"><ul>${links(vmTop, 'topnav_menu_item')}</ul></nav><form role="search">
<input aria-label="Search" placeholder="Search videos, people,
 and more"></form><a class="topnav_login" href="/log_in">Log in</a><a class="topnav_join" href="/join">Join</a>
<a class="topnav_cta" href="/upload">New video</a></div>
<main id="main" class="sc-1ixhy0k-0"><div class="player_area" data-testid="player-area">
<div class="vp-player-ui-container" role="region" aria-label="Video Player">
${vmPlayer.map((t) => `<button class="vp-control" aria-label="${t}" data-tooltip="${t}"><span class="vp-label">${t}</span></button>`).join('')}
<div class="vp-progress" role="slider" aria-label="Progress Bar" aria-valuetext="00:00 of 11:46"><span class="vp-time">11:46</span></div></div></div>
<section class="sc-1u8r3x-0 clip_info" data-testid="clip-header"><span class="sc-staff-pick-badge">Staff Pick</span>
<h1 class="sc-1b7o8e4-0 clip-title">${vmTitle}</h1>
<div class="sc-g0wr5y-0 clip-owner"><a class="sc-g0wr5y-1" href="/anaferreira"><span>${vmOwner}</span></a><button class="sc-u0mh0f-0">Follow</button>
<span class="owner-plus-badge" aria-label="Plus member">PLUS</span></div><div class="sc-1eh0vf9-0 clip-stats"><span>18.4K plays</span>
<span aria-hidden="true"> · </span><time datetime="2025-10-21T09:30:12-04:00" title="Tuesday, October 21, 2025 at 9:30 AM">Oct 21, 2025</time></div>
<div class="sc-actions"><button>Like</button><button>Watch Later</button><button>Collections</button><button>Share</button></div></section>
<section class="sc-1s9r7k-0 clip_description" data-testid="clip-description"><div class="sc-description-text is-expanded">
${vmDesc.map((p) => `<p class="first">${p}</p>`).join('\n')}</div><button class="sc-description-toggle">Show less</button>
<div class="clip-credits"><h2 class="sc-heading">Credits</h2><dl>${vmCredits
  .map((t, i) =>
    i % 2 === 0
      ? `<dt>${t}</dt>`
      : `<dd><a href="#">${t}</a>
</dd>`,
  )
  .join('')}</dl></div>
<div class="clip-categories"><h2 class="sc-heading">Categories</h2><ul>${links(vmCats, 'category-pill')}</ul></div></section>
<section class="sc-comments" data-testid="comments-section" aria-labelledby="comments-heading">
<h2 id="comments-heading">Comments <span>(${vmComments.length})</span></h2>
<div class="sc-comment-form"><p>Log in to leave a comment</p></div><ol class="sc-comment-list">${vmComments.map(vmComment).join('\n')}</ol></section>
<aside class="sc-rail"><section><h2>More from ${vmOwner}</h2><ul>${links(vmMore, 'rail-card')}</ul></section>
<section><h2>Related videos</h2><ul>${links(vmRelated, 'rail-card')}</ul><span class="autoplay-label">Autoplay next video</span></section></aside></main>
<div id="onetrust-banner-sdk" role="dialog" aria-label="Privacy"><p>We use cookies and similar technologies to make Vimeo work, to measure how it is used and
 to personalise ads.</p><button>Accept all</button><button>Reject all</button><button>Customize</button></div>
<footer class="sc-footer"><ul>${links(vmFoot, 'footer-link')}</ul><p>© 2025 Vimeo.com, Inc. All rights reserved.</p></footer></div>
<script>window.vimeo = window.vimeo || {}; window.vimeo.clip_page_config = {"clip":{"id":1129876543,"title":"${vmTitle}","duration":{"raw":706},
"is_staff_pick":true},"owner":{"display_name":"${vmOwner}"},"comments_enabled":true};</script></body></html>`;
const vimeo: TestPage = {
  html: vmHtml,
  name: 'heldout51-vimeo-video',
  kind: 'forum',
  // the uploader's description is body and so, as on the other social pages of the batch, is every comment (the owner's reply
  // included); the owner's name (header and reply) and the upload date, each commenter's name and the comment ages are
  // bylines; the structured credits list (roles and names: the owner's name there too, once under bylines) and the
  // categories are furniture, as a caption's credit is; "Staff Pick", "PLUS", plays, the player's control labels and time,
  // the action buttons, "Show less", "Reply"/"Report", the comment count and the log-in prompt, both rails, banner, nav and
  // footer are furniture; "Like" and "Share" are not body words; the credit role "Sound" ("sound design" in a comment) and
  // the category "Documentary" ("This short documentary") are words of the body: left out
  title: vmTitle,
  headings: [],
  body: [...texts(vmDesc), ...vmComments.map((c) => c.text)],
  bylines: [vmOwner, 'Oct 21, 2025', 'Lukas Brandt', 'Priya Raman', 'Owen Castell', 'Hanne Vik', '1 month ago', '3 weeks ago', '2 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Vimeo', ...vmTop, 'Log in', 'Join', 'New video', ...vmPlayer, '11:46', 'Staff Pick', 'Follow', 'PLUS', '18.4K plays', 'Collections', 'Show less',
    'Credits', ...vmCredits.filter((t) => t !== vmOwner && t !== 'Sound'), 'Categories', 'Food', `Comments (${vmComments.length})`,
    'Log in to leave a comment', 'Reply', 'Report', `More from ${vmOwner}`, ...vmMore, 'Related videos', ...vmRelated, 'Autoplay next video',
    'We use cookies and similar technologies to make Vimeo work, to measure how it is used and to personalise ads.', 'Accept all', 'Reject all',
    'Customize', ...vmFoot, '© 2025 Vimeo.com, Inc. All rights reserved.',
  ],
};

export const HELDOUT51_C: readonly TestPage[] = [vimeo, podcastEpisode];
