/** Request bodies as a committee member and a leader would send them over HTTP. */
export const listingBody = {
  title: '某石材厂生产车间承重墙开裂',
  description: '车间东侧承重墙出现贯穿性裂缝，宽度约 3 毫米，存在坍塌风险',
  unitName: '南安市某石材有限公司',
  town: '水头镇',
  industryAuthority: '住建局',
  professionalDomain: '房屋安全',
  priority: 'urgent',
  criterion: { standard: 'GB 50292-2015《民用建筑可靠性鉴定标准》', clause: '7.1.3' },
  listingLevel: '市级',
  noticeNumber: '南安安委督〔2026〕1号',
};

export const planBody = {
  responsibleDepartment: '应急管理局',
  responsiblePerson: '李明',
  deadline: '2027-01-29T18:00:00+08:00',
  controlMeasures: ['设置警戒区，禁止人员进入', '停止车间内生产作业'],
  fundsAndMaterials: '镇财政安排加固资金 50 万元',
  emergencyPlan: '发现裂缝扩展立即疏散周边人员',
};

let notices = 0;

/** A listing with a notice number (督办通知书文号) of its own: a number names one case only. */
export const freshListing = (overrides: Partial<typeof listingBody> = {}) => ({
  ...listingBody,
  noticeNumber: `南安安委督〔2026〕${(notices += 1) + 100}号`,
  ...overrides,
});
