import { links, type TestPage, texts } from './page-kit.js';
import { STARGAZING_PAGE } from './pages-heldout234-d2.js';

/**
 * Held-out batch 234, file d: a birding hotline topic on groups.io (group header and tabs, topic title, message cards with
 * sender, date, "Reply" and "More" menus, a quoted earlier message, the group's footer with unsubscribe and list address)
 * and, from d2, a stargazing club's observing log.
 */
const bhTitle = 'Red-necked Phalarope, Osprey Flats, Tues 24 Nov';
const bhPosts = [
  [
    'One juvenile Red-necked Phalarope on the north cell of the Osprey Flats impoundment this morning from 7:40 until at least 9:15. ' +
      'Best viewed from the second blind on the dike road, looking west. It was spinning along the edge of the mud with about 30 ' +
      'Dunlin and a single Stilt Sandpiper.',
    'The gate was open at 7:30. Scope needed; the bird stays well out from the blind.',
  ],
  [
    'Still present at 12:20, now in the south cell near the water control structure. Light from the south blind was terrible at ' +
      'midday, so the dike road is the better spot in the afternoon.',
  ],
  [
    'Not seen 3:00 to 4:30 despite five of us searching both cells. A Merlin went through at 3:10 and flushed everything; the ' +
      'Dunlin flock came back but no phalarope with it. Could have moved to the sewage ponds on Harlan Road.',
  ],
  [
    'Relocated this morning, Wed 25 Nov, at the Harlan Road ponds, east pond, 8:05. Viewable from the fence by the pump house. ' +
      'Please do not enter the plant grounds; the staff have been very tolerant of birders and we want to keep it that way.',
    'Thanks to everyone who posted updates yesterday.',
  ],
];
const bhUsers = ['Lorna Beckwith', 'Dev Raman', 'Ted Obuya', 'Lorna Beckwith'];
const bhDates = ['Nov 24, 2026 9:31am', 'Nov 24, 2026 12:44pm', 'Nov 24, 2026 4:52pm', 'Nov 25, 2026 8:40am'];
const bhQuote = 'Still present at 12:20, now in the south cell near the water control structure.';
const bhTabs = ['Home', 'Messages', 'Hashtags', 'Calendar', 'Files', 'Photos', 'Members', 'Subgroups', 'About'];
const bhFoot = ['Help', 'Terms', 'Privacy', 'Contact', 'Features', 'Pricing', 'Blog'];
const bhMsgs = bhPosts
  .map(
    (paras, i) => `<div class="table-background-color expanded-message" id="msg${901 + i}"><div class="row"><div class="col-xs-12">
<span class="user-name"><a href="/g/county-rba/profile?u=${i}">${bhUsers[i]}</a></span><span class="pull-right">
<span title="${bhDates[i]}">${bhDates[i]}</span></span></div></div>
<div class="user-content">${i === 2 ? `<blockquote>${bhQuote}</blockquote>` : ''}${paras.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="btn-toolbar"><a class="btn btn-default" href="#">Reply</a><div class="btn-group"><button class="btn btn-default dropdown-toggle">More</button>
<ul class="dropdown-menu hidden"><li><a href="#">Reply to Sender</a></li><li><a href="#">Forward</a></li><li><a href="#">Print</a></li><li>
<a href="#">Report to Moderators</a></li></ul></div></div></div>`,
  )
  .join('\n');
const bhHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>county-rba@groups.io | ${bhTitle}</title>
<meta name="description" content="One juvenile Red-necked Phalarope on the north cell of the Osprey Flats impoundment this morning">
<link rel="stylesheet" href="https://groups.io/static/css/bootstrap.min.css"><script src="https://groups.io/static/js/groupsio.js"></script></head>
<body><nav class="navbar navbar-default navbar-fixed-top"><a class="navbar-brand" href="https://groups.io">groups.io</a>
<ul class="nav navbar-nav navbar-right"><li><a href="/login">Log In</a></li><li><a href="/register">Sign Up</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-3 hidden-xs" id="sidebar"><h4>Wyeland County Rare Bird Alert</h4>
<ul class="nav nav-pills nav-stacked">${links(bhTabs)}</ul><a class="btn btn-primary" href="/g/county-rba/join">Join Group</a></div>
<div class="col-md-9"><ol class="breadcrumb"><li><a href="/g/county-rba">county-rba@groups.io</a></li><li><a href="/g/county-rba/topics">Topics</a></li></ol>
<div id="topic-header"><h3 class="topic-subject"><a href="/g/county-rba/topic/1">${bhTitle}</a></h3><span class="hashtag">#rarity</span>
<span>4 messages</span></div>
${bhMsgs}
<div class="pagination"><a href="#">Previous Topic</a><a href="#">Next Topic</a></div></div></div></div>
<footer class="footer"><p>Wyeland County Rare Bird Alert: post sightings of rare and unusual birds only. Please include directions.</p>
<ul>${links(bhFoot)}</ul><p>© 2026 Groups.io</p></footer></body></html>`;

const BIRDING_PAGE: TestPage = {
  name: 'heldout234-groupsio-birding-forum',
  kind: 'forum',
  html: bhHtml,
  title: bhTitle,
  headings: [],
  body: texts(bhPosts.flat()),
  bylines: [...new Set(bhUsers), ...bhDates],
  // biome-ignore format: packed
  furniture: [
    'Log In', 'Sign Up', 'Wyeland County Rare Bird Alert', ...bhTabs, 'Join Group', 'county-rba@groups.io', 'Topics', '#rarity', '4 messages',
    'Reply', 'More', 'Reply to Sender', 'Forward', 'Print', 'Report to Moderators', 'Previous Topic', 'Next Topic',
    'Wyeland County Rare Bird Alert: post sightings of rare and unusual birds only. Please include directions.', ...bhFoot, '© 2026 Groups.io',
  ],
};

export const HELDOUT234_D: readonly TestPage[] = [BIRDING_PAGE, STARGAZING_PAGE];
