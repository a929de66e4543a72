/**
 * Held-out batch 64, file a4: the five posts of the MyBB 1.8 thread of file a3 and the default postbit that prints them (author
 * panel, post head with number, date and edit line, a "Wrote:" quote, signature, Find and Reply buttons).
 */
export const mbTitle = 'A500 rev 6A: yellow screen on roughly one cold start in three after recap';
interface MbPost {
  pid: number;
  n: number;
  user: string;
  uid: number;
  rank: string;
  stars: number;
  stats: [string, string, string, string];
  date: string;
  paras: string[];
  quote?: string;
  edited?: string;
  sig?: string;
}
const mbOp = { user: 'pixelfossil', uid: 2204, rank: 'Junior Member', stars: 2, stats: ['23', '4', 'Jan 2025', '3'] as [string, string, string, string] };
export const mbPosts: MbPost[] = [
  {
    ...{ pid: 41862, n: 1, ...mbOp, date: '03-02-2025, 08:41 PM' },
    paras: [
      'I picked up an A500 rev 6A from a house clearance in January. Before powering it up I recapped the board, replaced the original ' +
        'PSU with a new 15 W unit and cleaned the keyboard ribbon, which had a bit of green on it.',
      'It booted to the Kickstart hand first time and ran games from floppy for an evening. Since then, roughly one cold start in three ' +
        'goes straight to a yellow screen. Once it is warm it never happens, and a soft reset with Ctrl-Amiga-Amiga always gets it back ' +
        'to the hand.',
      'From what I have read, yellow means an exception during startup, usually bad chip RAM or a CPU fault. I have no trapdoor expansion ' +
        'fitted. Before I start pulling chips, is there anything obvious I might have done during the recap that causes this?',
    ],
  },
  {
    ...{ pid: 41877, n: 2, user: 'Hollis', uid: 312, rank: 'Senior Member', stars: 4, stats: ['1,486', '61', 'Aug 2013', '112'] },
    ...{ date: '03-02-2025, 09:15 PM', sig: 'A500 / A1200 / CDTV / far too many floppies' },
    paras: [
      'Cold-start-only faults on these boards nearly always point to a marginal connection rather than a dead chip. Two suspects on a 6A: ' +
        'the CPU socket and the reset circuit.',
      'The 68000 sits in a socket that loses its grip over forty years. Press it down firmly with your thumb, or better, lift it out, ' +
        'clean the legs with isopropyl and reseat it. Then check the small electrolytic in the reset circuit next to the keyboard ' +
        'connector. If it was replaced with the wrong value, the reset pulse can be too short when the board is cold.',
    ],
  },
  {
    ...{ pid: 41903, n: 3, ...mbOp, date: '03-03-2025, 10:27 AM' },
    quote: 'Press it down firmly with your thumb, or better, lift it out, clean the legs with isopropyl and reseat it.',
    paras: [
      'Reseated the CPU, and Agnus and Paula for good measure. Ten cold starts this morning and two yellow screens. Better, but not fixed.',
      'I checked the reset capacitor against the schematic and I did fit the right value, 22 µF, the right way round.',
    ],
  },
  {
    ...{ pid: 41911, n: 4, user: 'Ravenglass', uid: 57, rank: 'Moderator', stars: 5, stats: ['6,930', '402', 'Feb 2011', '387'] },
    ...{ date: '03-03-2025, 01:52 PM', sig: 'Please read the <a href="misc.php?action=help&amp;hid=6">forum rules</a> before posting.' },
    paras: [
      'Have you run a diagnostic ROM yet? DiagROM will test all of the chip RAM in a few minutes and tell you which chip is failing, ' +
        'which saves a lot of guessing.',
      'Also, the 6A has a known weak spot in the traces near the trapdoor connector, which corrode if a memory expansion battery has ever ' +
        'leaked there. You say no expansion is fitted, but it may have had one in the past. Look for any green around that connector.',
    ],
  },
  {
    ...{ pid: 41958, n: 5, ...mbOp, date: '03-04-2025, 09:48 AM', edited: '03-04-2025, 10:02 AM' },
    paras: [
      'Found it. DiagROM passed the chip RAM every time, but under a loupe there was a hairline crack in the solder joint on pin 1 of the ' +
        'Gary socket, probably from me leaning on the board during the recap. Reflowed it and it has done twenty cold starts without a ' +
        'single yellow screen.',
      'Thanks Hollis and Ravenglass for the pointers. I have marked the thread solved so that the next person with a yellow screen can find it.',
    ],
  },
];
const mbStar = '<img src="images/star.png" border="0" alt="*" />';
export const mbPost = (p: MbPost): string => `<a name="pid${p.pid}" id="pid${p.pid}"></a>
<div class="post " style="" id="post_${p.pid}">
<div class="post_author">
	<div class="author_avatar"><a href="member.php?action=profile&amp;uid=${p.uid}"><img src="./uploads/avatars/avatar_${p.uid}.png?dateline=1700000000"
		alt="" width="55" height="55" /></a></div>
	<div class="author_information">
			<strong><span class="largetext"><a href="https://retrobench.example/member.php?action=profile&amp;uid=${p.uid}">${p.user}</a></span></strong>
			<img src="https://retrobench.example/images/buddy_offline.png" title="Offline" alt="Offline" class="buddy_status" /><br />
			<span class="smalltext">
				${p.rank}<br />
				${mbStar.repeat(p.stars)}<br />
			</span>
	</div>
	<div class="author_statistics">
		Posts: ${p.stats[0]}<br />
	Threads: ${p.stats[1]}<br />
	Joined: ${p.stats[2]}
		<br />Reputation: <a href="reputation.php?uid=${p.uid}"><strong class="reputation_positive">${p.stats[3]}</strong></a>
	</div>
</div>
<div class="post_content">
	<div class="post_head">
		<div class="float_right" style="vertical-align: top">
<strong><a href="showthread.php?tid=4471&amp;pid=${p.pid}#pid${p.pid}" title="${mbTitle}">#${p.n}</a></strong>
</div>
		<span class="post_date">${p.date} <span class="post_edit" id="edited_by_${p.pid}">${
      p.edited === undefined
        ? ''
        : `<span class="edited_post">(This post was last modified: ${p.edited} by
			<a href="https://retrobench.example/member.php?action=profile&amp;uid=${p.uid}">${p.user}</a>.)</span>`
    }</span></span>
	</div>
	<div class="post_body scaleimages" id="pid_${p.pid}">
		${
      p.quote === undefined
        ? ''
        : `<blockquote class="mycode_quote"><cite><span> (03-02-2025, 09:15 PM)</span>Hollis Wrote:
		<a href="https://retrobench.example/showthread.php?pid=41877#pid41877"
		class="quick_jump">&nbsp;</a></cite>${p.quote}</blockquote><br />\n`
    }${p.paras.join('<br />\n<br />\n')}
	</div>
	${p.sig === undefined ? '' : `<div class="signature scaleimages">\n${p.sig}\n</div>`}
	<div class="post_meta" id="post_meta_${p.pid}"></div>
</div>
<div class="post_controls">
	<div class="postbit_buttons author_buttons float_left">
		<a href="search.php?action=finduser&amp;uid=${p.uid}" title="Find all posts by this user" class="postbit_find"><span>Find</span></a>
	</div>
	<div class="postbit_buttons post_management_buttons float_right">
		<a href="newreply.php?tid=4471&amp;replyto=${p.pid}" title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a>
	</div>
</div>
</div>`;
