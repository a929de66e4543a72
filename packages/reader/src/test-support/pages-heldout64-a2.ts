/**
 * Held-out batch 64, file a2: the five posts of the XenForo 2.2 thread of file a and the thread_view post macro that prints them
 * (user cell, attribution, bbWrapper with a quote, last-edit line, signature, action bar and reactions bar).
 */
interface XfPost {
  id: number;
  n: number;
  user: string;
  uid: number;
  rank: string;
  joined: string;
  msgs: string;
  score: string;
  loc: string;
  date: string;
  iso: string;
  time: string;
  paras: string[];
  quote?: string;
  edited?: string;
  sig?: string;
  reactions?: string;
}
export const xfPosts: XfPost[] = [
  {
    ...{ id: 318422, n: 1, user: 'tidewater_jim', uid: 5530, rank: 'Member', joined: 'Jun 2, 2021', msgs: '86', score: '41', loc: 'Conwy' },
    ...{ date: 'Mar 14, 2025', iso: '2025-03-14T08:52:10+0000', time: '8:52 AM', sig: 'Centaur No. 1187 “Pennywort”, Conwy marina' },
    reactions: '<bdi>Marguerite H</bdi> and <bdi>Owain_P</bdi>',
    paras: [
      'Lifted the boat for the first time in three years last week and the yard manager pointed out a rash of small blisters below the ' +
        'waterline on the port side, mostly between the keel and the cockpit drain. Most are the size of a fingernail, a handful are ' +
        'closer to a two pence piece.',
      'He popped one with a knife and it weeped a clear, vinegary liquid. Moisture meter readings were 18 to 22 on his scale in that area ' +
        'and around 9 on the topsides. The yard has quoted £4,800 for a full peel, two months of drying under cover and an epoxy barrier coat.',
      'The boat is sound otherwise and we only sail her about forty days a year. Is this something that needs doing now, or can I open up ' +
        'the worst ones, fill them and keep an eye on it? I would rather not spend the whole of this season in the yard.',
    ],
  },
  {
    ...{ id: 318430, n: 2, user: 'Marguerite H', uid: 1204, rank: 'Well-known member', joined: 'Jan 9, 2016', msgs: '3,912' },
    ...{ score: '2,655', loc: 'Lymington', date: 'Mar 14, 2025', iso: '2025-03-14T10:17:44+0000', time: '10:17 AM' },
    ...{ sig: 'Hallberg-Rassy 29 “Skylark” · Solent based', reactions: '<bdi>tidewater_jim</bdi>, <bdi>Owain_P</bdi> and 4 others' },
    paras: [
      'Jim, a lot of Centaurs of that age have blisters and a lot of them are still sailing happily with them. Hull thickness on those ' +
        'boats is generous. Osmosis is mostly a cosmetic and resale problem unless the blisters are deep or you see delamination when ' +
        'you grind one out.',
      'What I would do before spending anything: grind out three or four of the biggest blisters and look at the laminate underneath. If ' +
        'it is clean, hard glass with no dry fibres or layers coming apart, you have time. Wash them out with fresh water, leave them open ' +
        'for a fortnight and then fill with an epoxy filler.',
      'The meter readings mean less than people think. A boat that has just come out will read high for weeks. Ask the yard to take ' +
        'another reading in a month before you sign anything.',
    ],
  },
  {
    ...{ id: 318467, n: 3, user: 'Owain_P', uid: 8817, rank: 'Member', joined: 'Sep 23, 2022', msgs: '214', score: '158', loc: 'Pwllheli' },
    ...{ date: 'Mar 15, 2025', iso: '2025-03-15T19:03:27+0000', time: '7:03 PM', reactions: '<bdi>tidewater_jim</bdi>' },
    quote: 'He popped one with a knife and it weeped a clear, vinegary liquid.',
    paras: [
      'The vinegar smell is the giveaway that it is proper osmosis rather than a blister in the gelcoat or the antifoul. That said, I agree ' +
        'with Marguerite. I had a peel done on a Sadler 26 in 2019 and in hindsight it was money I did not need to spend. The boat sold ' +
        'for the same price as one next to it that had never been touched.',
      'One thing worth checking: if the blisters are all on one side and near the cockpit drain, make sure the drain hose and skin fitting ' +
        'are not leaking into the hull. Water trapped inside the laminate from the inside can look like the same problem from outside.',
    ],
  },
  {
    ...{ id: 318590, n: 4, user: 'tidewater_jim', uid: 5530, rank: 'Member', joined: 'Jun 2, 2021', msgs: '86', score: '41', loc: 'Conwy' },
    ...{ date: 'Mar 18, 2025', iso: '2025-03-18T21:40:05+0000', time: '9:40 PM', edited: 'Mar 19, 2025' },
    ...{ sig: 'Centaur No. 1187 “Pennywort”, Conwy marina', reactions: '<bdi>sjb_surveys</bdi>, <bdi>Marguerite H</bdi> and 2 others' },
    paras: [
      'Thanks both. Ground out five of the biggest ones on Saturday. The glass underneath was hard and pale, no dry strands that I could ' +
        'see, and the depth was never more than a couple of millimetres.',
      'Owain, you were right about the drain. The hose clip on the cockpit drain had rusted through and the hose had been weeping into the ' +
        'bilge behind the engine bay for who knows how long. That is replaced now.',
      'Plan for this season is to leave the ground-out blisters open until Easter, fill with epoxy filler and two coats of barrier primer ' +
        'on those patches only, then relaunch. I will take readings again in the autumn and decide about a peel then.',
    ],
  },
  {
    ...{ id: 318602, n: 5, user: 'sjb_surveys', uid: 2291, rank: 'Trade member', joined: 'Mar 30, 2017', msgs: '1,078' },
    ...{ score: '903', loc: 'Plymouth', date: 'Mar 19, 2025', iso: '2025-03-19T07:58:51+0000', time: '7:58 AM' },
    ...{ sig: 'SJB Yacht Surveys – YDSA member – Devon and Cornwall' },
    paras: [
      'Sensible plan. If you do end up peeling in a year or two, note that most of the cost is the drying time under cover, not the peel ' +
        'itself. Some yards will let you do the drying outside under a tarp over the winter, which can bring the quote down by a third.',
    ],
  },
];
export const xfTime = (p: XfPost, prop = ''): string =>
  `<time class="u-dt" dir="auto" datetime="${p.iso}" data-time="${Date.parse(p.iso.replace('+0000', 'Z')) / 1000}" data-date-string="${p.date}" ` +
  `data-time-string="${p.time}" title="${p.date} at ${p.time}"${prop}>${p.date}</time>`;
const xfQuote = (q: string): string => `<blockquote data-attributes="member: 5530" data-quote="tidewater_jim" data-source="post: 318422"
	class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">
	<div class="bbCodeBlock-title"><a href="/goto/post?id=318422" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution"
		data-content-selector="#post-318422">tidewater_jim said:</a></div>
	<div class="bbCodeBlock-content"><div class="bbCodeBlock-expandContent js-expandContent ">${q}</div>
		<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Click to expand...</a></div></div>
</blockquote>`;
export const xfPost = (p: XfPost): string => `<article class="message message--post js-post js-inlineModContainer  " data-author="${p.user}"
	data-content="post-${p.id}" id="js-post-${p.id}" itemscope itemtype="https://schema.org/Comment" itemid="https://www.bilgeandboom.example/posts/${p.id}/">
	<meta itemprop="parentItem" itemscope itemid="https://www.bilgeandboom.example/threads/osmosis-blisters.48812/" />
	<span class="u-anchorTarget" id="post-${p.id}"></span>
	<div class="message-inner">
		<div class="message-cell message-cell--user">
			<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person" itemid="/members/${p.uid}/">
				<div class="message-avatar "><div class="message-avatar-wrapper">
					<a href="/members/${p.uid}/" class="avatar avatar--m" data-user-id="${p.uid}" data-xf-init="member-tooltip">
						<img src="/data/avatars/m/${p.uid % 100}/${p.uid}.jpg?1700000000" alt="${p.user}" class="avatar-u${p.uid}-m" width="96" height="96"
						loading="lazy" itemprop="image" /></a></div></div>
				<div class="message-userDetails">
					<h4 class="message-name"><a href="/members/${p.uid}/" class="username " dir="auto" data-user-id="${p.uid}"
						data-xf-init="member-tooltip"><span itemprop="name">${p.user}</span></a></h4>
					<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">${p.rank}</h5>
				</div>
				<div class="message-userExtras">
					<dl class="pairs pairs--justified"><dt>Joined</dt> <dd>${p.joined}</dd></dl>
					<dl class="pairs pairs--justified"><dt>Messages</dt> <dd>${p.msgs}</dd></dl>
					<dl class="pairs pairs--justified"><dt>Reaction score</dt> <dd>${p.score}</dd></dl>
					<dl class="pairs pairs--justified"><dt>Location</dt> <dd><a href="/misc/location-info?location=${p.loc}" rel="nofollow noreferrer"
						target="_blank" class="u-concealed">${p.loc}</a></dd></dl>
				</div>
				<span class="message-userArrow"></span>
			</section>
		</div>
		<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget">
			<header class="message-attribution message-attribution--split">
				<ul class="message-attribution-main listInline "><li class="u-concealed">
					<a href="/threads/osmosis-blisters.48812/post-${p.id}" rel="nofollow" itemprop="url">${xfTime(p, ' itemprop="datePublished"')}</a></li></ul>
				<ul class="message-attribution-opposite message-attribution-opposite--list ">
					<li><a href="/threads/osmosis-blisters.48812/post-${p.id}" class="message-attribution-gadget" data-xf-init="share-tooltip"
						data-href="/posts/${p.id}/share" aria-label="Share" rel="nofollow"><i class="fa--xf far fa-share-alt" aria-hidden="true"></i></a></li>
					<li><a href="/threads/osmosis-blisters.48812/post-${p.id}" rel="nofollow">#${p.n}</a></li></ul>
			</header>
			<div class="message-content js-messageContent">
				<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-${p.id}" data-lb-caption-desc="${p.user} &middot; ${p.date}">
					<article class="message-body js-selectToQuote"><div itemprop="text">
						<div class="bbWrapper">${p.quote === undefined ? '' : xfQuote(p.quote)}${p.paras.join('<br />\n<br />\n')}</div>
						<div class="js-selectToQuoteEnd">&nbsp;</div></div></article>
				</div>
				${p.edited === undefined ? '' : `<div class="message-lastEdit">Last edited: <time class="u-dt" dir="auto">${p.edited}</time></div>`}
				${p.sig === undefined ? '' : `<aside class="message-signature"><div class="bbWrapper">${p.sig}</div></aside>`}
			</div>
			<footer class="message-footer">
				<div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external">
					<a href="/posts/${p.id}/react?reaction_id=1" class="reaction actionBar-action actionBar-action--reaction" data-xf-init="reaction"
						data-reaction-list="< .js-post | .js-reactionsList"><i aria-hidden="true"></i>
						<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
						class="reaction-sprite js-reaction" alt="Like" title="Like" /><span class="reaction-text js-reactionText"><bdi>Like</bdi></span></a>
					<a href="/threads/osmosis-blisters.48812/reply?quote=${p.id}" class="actionBar-action actionBar-action--reply"
						title="Reply, quoting this message" rel="nofollow" data-xf-click="quote" data-quote-href="/posts/${p.id}/quote">Reply</a>
				</div><div class="actionBar-set actionBar-set--internal">
					<a href="/posts/${p.id}/report" class="actionBar-action actionBar-action--report" data-xf-click="overlay">Report</a></div></div>
				<div class="reactionsBar js-reactionsList ${p.reactions === undefined ? '' : 'is-active'}">${
          p.reactions === undefined
            ? ''
            : `<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1"><i aria-hidden="true"></i>
					<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like"
					/></span></li></ul> <span class="u-srOnly">Reactions:</span> <a class="reactionsBar-link" href="/posts/${p.id}/reactions"
					data-xf-click="overlay" data-cache="false" rel="nofollow">${p.reactions}</a>`
        }</div>
			</footer>
		</div></div>
	</div>
</article>`;
