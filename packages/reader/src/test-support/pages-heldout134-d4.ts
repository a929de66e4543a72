/** Held-out batch 134, file d4: the posts of the Tom's Hardware thread of file d2. */
export interface ThPost {
  id: string;
  n: number;
  user: string;
  utitle: string;
  joined: string;
  msgs: string;
  score: string;
  date: string;
  votes: string;
  paras: readonly string[];
  list?: readonly string[];
  quote?: readonly [string, string];
  edited?: string;
  react?: string;
  solution?: boolean;
}
export const thPosts: readonly ThPost[] = [
  {
    id: '24018811',
    n: 1,
    user: 'Kettlewick',
    utitle: 'Commendable',
    joined: 'Oct 3, 2021',
    msgs: '48',
    score: '6',
    date: 'Mar 2, 2025',
    votes: '0',
    paras: [
      `I replaced my old 650 W power supply with a new 750 W unit last week, and since then the screen goes black after ten to twenty
minutes in most games. The GPU fans spin up to full speed, the sound keeps playing for a few seconds and then the whole PC restarts.
Desktop use and video are fine. Before the swap the same card ran every game without a problem for a year.`,
      'Specs:',
      'I have already done a clean driver install with DDU and reset the card to stock clocks. Any idea what to look at next?',
    ],
    list: [
      'CPU: Ardent R7 5700X',
      'GPU: Corvex RX 7800 XT 16GB',
      'PSU: Lumen Forge 750W Gold (new)',
      'Motherboard: B550 board, latest BIOS',
      'RAM: 2x16GB 3600',
    ],
    edited: 'Last edited: Mar 2, 2025',
  },
  {
    id: '24018840',
    n: 2,
    user: 'Lutfi_H',
    utitle: 'Titan',
    joined: 'May 14, 2016',
    msgs: '21,904',
    score: '4,310',
    date: 'Mar 2, 2025',
    votes: '1',
    paras: [
      `How is the card powered? Two separate PCIe cables from the power supply, or one cable with the second plug daisy-chained off the
end? With a new unit people often use the pigtail because it is tidier.`,
    ],
  },
  {
    id: '24018902',
    n: 3,
    user: 'Kettlewick',
    utitle: 'Commendable',
    joined: 'Oct 3, 2021',
    msgs: '48',
    score: '6',
    date: 'Mar 2, 2025',
    votes: '0',
    quote: [
      'Lutfi_H said:',
      'How is the card powered? Two separate PCIe cables from the power supply, or one cable with the second plug daisy-chained off the end?',
    ],
    paras: ['One cable with the pigtail. The old power supply only had one cable so I just did the same with the new one.'],
  },
  {
    id: '24018937',
    n: 4,
    user: 'Lutfi_H',
    utitle: 'Titan',
    joined: 'May 14, 2016',
    msgs: '21,904',
    score: '4,310',
    date: 'Mar 2, 2025',
    votes: '3',
    solution: true,
    react: 'Kettlewick and gamer_ruth',
    paras: [
      `That is most likely it. This card can pull short spikes well above its rated power, and through a single cable all of that goes
through one connector at the power supply end. The protection in a lot of newer units is quicker than in older ones, so it trips and
the system restarts, which matches the black screen and the fans going to full speed.`,
      `Use two separate PCIe cables, one for each plug on the card, and leave the pigtail unused. If the power supply only shipped with one
cable, the maker will usually send a second one if you ask support.`,
    ],
  },
  {
    id: '24019010',
    n: 5,
    user: 'gamer_ruth',
    utitle: 'Prominent',
    joined: 'Jan 22, 2023',
    msgs: '312',
    score: '57',
    date: 'Mar 3, 2025',
    votes: '0',
    paras: [
      `Same thing happened to me with a different card last year. I was sure the card was dying and nearly sent it back. Two cables fixed it
the same evening.`,
    ],
  },
  {
    id: '24019122',
    n: 6,
    user: 'Kettlewick',
    utitle: 'Commendable',
    joined: 'Oct 3, 2021',
    msgs: '48',
    score: '6',
    date: 'Mar 3, 2025',
    votes: '0',
    react: 'Lutfi_H',
    paras: [
      'Found a second cable in the box under the manuals. Swapped it in and played for three hours last night without a single black screen. Thanks a lot!',
    ],
  },
];
