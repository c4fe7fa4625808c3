import type { Listing } from '@hazard/workflows';

/** How far along the workflow a demo case is driven. */
export type DemoStage =
  | 'listed'
  | 'overdue'
  | 'planSubmitted'
  | 'planApproved'
  | 'controlsInPlace'
  | 'rectified'
  | 'closed';

export interface DemoCase {
  key: string;
  stage: DemoStage;
  listing: Listing;
}

const listing = (l: Omit<Listing, 'listingLevel'>): Listing => ({ ...l, listingLevel: '市级' });

/**
 * A few towns of Nan'an and the kinds of major hazard the campaign report names: house
 * safety, fire, special equipment, geological hazards and hazardous chemicals.
 */
export const DEMO_CASES: DemoCase[] = [
  {
    key: 'shuitou-house',
    stage: 'closed',
    listing: listing({
      title: '石材厂老旧厂房承重墙贯穿裂缝',
      description: '厂房建于1998年，东侧承重墙出现贯穿性裂缝，屋面局部下沉，仍有人员作业。',
      unitName: '南安市水头某石材有限公司',
      town: '水头镇',
      industryAuthority: '住建局',
      professionalDomain: '房屋安全',
      priority: 'urgent',
      criterion: { standard: 'GB 50292-2015', clause: '7.1.3' },
      noticeNumber: '南安委督〔2026〕1号',
    }),
  },
  {
    key: 'guanqiao-fire',
    stage: 'controlsInPlace',
    listing: listing({
      title: '鞋服厂员工宿舍与仓库“三合一”',
      description: '生产、仓储、住宿同处一栋建筑，疏散通道堆放原料，未设独立安全出口。',
      unitName: '南安市官桥某鞋服有限公司',
      town: '官桥镇',
      industryAuthority: '消防救援大队',
      professionalDomain: '消防',
      priority: 'serious',
      criterion: { standard: 'GB 50016-2014', clause: '5.4.2' },
      noticeNumber: '南安委督〔2026〕2号',
    }),
  },
  {
    key: 'ximei-elevator',
    stage: 'planSubmitted',
    listing: listing({
      title: '商业综合体电梯超期未检、维保缺失',
      description: '6台客梯定期检验超期，维保单位合同已终止，近三个月两次困人。',
      unitName: '南安市溪美某商业广场',
      town: '溪美街道',
      industryAuthority: '市场监管局',
      professionalDomain: '特种设备',
      priority: 'serious',
      criterion: { standard: 'TSG T7001-2023', clause: '2.3' },
      noticeNumber: '南安委督〔2026〕3号',
    }),
  },
  {
    key: 'liucheng-slope',
    stage: 'overdue',
    listing: listing({
      title: '削坡建房后坡体滑移',
      description: '村民房屋后方削坡高约12米，坡脚出现裂缝和渗水，雨季有滑塌风险。',
      unitName: '柳城街道某村民小组',
      town: '柳城街道',
      industryAuthority: '自然资源局',
      professionalDomain: '地质灾害',
      priority: 'urgent',
      criterion: { standard: 'DZ/T 0219-2006', clause: '4.2' },
      noticeNumber: '南安委督〔2026〕4号',
    }),
  },
  {
    key: 'shengxin-fuel',
    stage: 'listed',
    listing: listing({
      title: '加油站储罐区防雷检测过期',
      description: '储罐区防雷防静电装置检测报告已过期一年，卸油口静电接地报警器损坏。',
      unitName: '南安市省新某加油站',
      town: '省新镇',
      industryAuthority: '应急管理局',
      professionalDomain: '危化品',
      priority: 'minor',
      criterion: { standard: 'GB 50156-2021', clause: '11.2' },
      noticeNumber: '南安委督〔2026〕5号',
    }),
  },
  {
    key: 'shuitou-charging',
    stage: 'rectified',
    listing: listing({
      title: '石材市场电动自行车集中违规充电',
      description: '市场二层楼道私拉电线集中充电，约40辆电动自行车停放于疏散楼梯间。',
      unitName: '水头某石材交易市场',
      town: '水头镇',
      industryAuthority: '消防救援大队',
      professionalDomain: '消防',
      priority: 'serious',
      criterion: { standard: '公安部令第61号', clause: '第二十一条' },
      noticeNumber: '南安委督〔2026〕6号',
    }),
  },
  {
    key: 'guanqiao-selfbuilt',
    stage: 'planApproved',
    listing: listing({
      title: '自建房擅自改作经营场所',
      description: '四层自建房加建至六层并改作小旅馆，未经结构安全鉴定。',
      unitName: '官桥镇某自建房（旅馆）',
      town: '官桥镇',
      industryAuthority: '住建局',
      professionalDomain: '房屋安全',
      priority: 'deferrable',
      criterion: { standard: '闽建〔2022〕2号', clause: '三' },
      noticeNumber: '南安委督〔2026〕7号',
    }),
  },
];
