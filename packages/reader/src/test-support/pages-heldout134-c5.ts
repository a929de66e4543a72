/** Held-out batch 134, file c5: the posts of the Invision Community topic of file c3. */
export interface IpPost {
  id: string;
  user: string;
  group: string;
  rep: string;
  posts: string;
  loc: string;
  date: string;
  paras: readonly string[];
  quote?: readonly [string, string];
  edited?: string;
  sig?: string;
  react?: string;
  solution?: boolean;
}
export const ipPosts: readonly IpPost[] = [
  {
    id: '210431',
    user: 'FernAndFin',
    group: 'Members',
    rep: '9',
    posts: '37',
    loc: 'Bridgwater',
    date: 'January 9',
    paras: [
      `Hi all, first planted tank here. I set up a 120-litre tank three weeks ago with an aqua soil substrate, a hang-on-back filter and
about twenty plants from a local shop. The water was crystal clear for the first week, then it went milky white over a couple of days and
has stayed that way since.`,
      `I have done two 30 percent water changes and each time it clears for about a day, then comes back. Test readings this morning:
ammonia 0.5, nitrite 0.25, nitrate 10. No fish in yet, just a few snails that came in on the plants.`,
      'Is this something I should be fixing, or do I just wait it out?',
    ],
    sig: '120 l planted, cycling | 25 l shrimp tank (one day)',
  },
  {
    id: '210442',
    user: 'Tomasz W',
    group: 'Moderators',
    rep: '812',
    posts: '4.1k',
    loc: 'Lowestoft',
    date: 'January 9',
    solution: true,
    react: '6',
    paras: [
      `What you are describing is a bacterial bloom, and it is completely normal in a new tank that is still cycling. The soil releases
ammonia for the first few weeks, free-floating bacteria multiply faster than the ones in your filter can use it up, and the water goes
milky.`,
      `The honest advice is to leave it alone. Water changes clear it for a day because you take some of the bacteria out, but you also take
out the ammonia the filter bacteria need, so the bloom keeps coming back. Keep the lights on a normal schedule, do not add fish, and give
it another two weeks. Once ammonia and nitrite both read zero it will clear on its own, usually almost overnight.`,
      'If you want to speed things up, squeeze a sponge from an established filter into yours. Anyone at the local club will give you one.',
    ],
    sig: 'Club secretary, East Anglian Aquarists | Please read the pinned cycling guide before posting',
  },
  {
    id: '210460',
    user: 'Annika_B',
    group: 'Members',
    rep: '141',
    posts: '611',
    loc: 'Kendal',
    date: 'January 10',
    react: '2',
    quote: ['On 1/9/2025 at 9:14 PM, Tomasz W said:', 'The honest advice is to leave it alone.'],
    paras: [
      `Agree with Tomasz. Mine did exactly the same with the same soil and it cleared on day 34. The only thing I would add is to keep an eye
on the plants. Some of them melt back in a new tank, so trim off the rotting leaves before they add to the ammonia.`,
    ],
  },
  {
    id: '210478',
    user: 'FernAndFin',
    group: 'Members',
    rep: '9',
    posts: '37',
    loc: 'Bridgwater',
    date: 'January 10',
    edited: 'Edited January 11 by FernAndFin',
    paras: [
      `Thank you both. I have stopped the water changes and picked up a sponge from a club member yesterday. It already looks a little
clearer this morning. I will update once the readings are down to zero.`,
    ],
    sig: '120 l planted, cycling | 25 l shrimp tank (one day)',
  },
  {
    id: '210733',
    user: 'FernAndFin',
    group: 'Members',
    rep: '9',
    posts: '37',
    loc: 'Bridgwater',
    date: 'January 24',
    react: '4',
    paras: [
      `Two weeks on: ammonia and nitrite both zero, nitrate 20, and the water is completely clear. Marking the reply from Tomasz as the
solution. Thanks again, I would have kept changing water for another month otherwise.`,
    ],
    sig: '120 l planted, cycling | 25 l shrimp tank (one day)',
  },
];
