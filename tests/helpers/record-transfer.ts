/** The recordTransfer mutation the write tests send, and a valid input for it (Iran's Shahed-136 order). */
export const RECORD = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) {
  id item status supplier { key } recipient { key } quantity { min max text } period { start end }
  evidence { id quote verified chain { key } attributedTo { key } } assessment { verdict independentVoices grade } } }`;

export const NEW_TRANSFER = {
  supplier: 'iran',
  recipient: 'Russian Federation',
  category: 'UAV',
  item: 'Shahed-136 loitering munitions',
  designation: 'Shahed-136',
  quantity: { min: 100, text: 'hundreds' },
  status: 'ORDERED',
  period: { start: '2022-09' },
  citations: [
    {
      source: 'guardian-2022-09-06-north-korea-shells',
      quote: 'Mohajer-6 and Shahed-series drones',
      chain: ['white-house-2022-iranian-drones-statement'],
      credibility: 3,
    },
  ],
};
