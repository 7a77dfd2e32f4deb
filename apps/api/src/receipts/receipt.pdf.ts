import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { dateTimeText, deadlineText, durationText, term } from '../../../../libs/domain/src/glossary';
import { woffToSfnt } from './woff';

/**
 * The Chinese font is embedded (Noto Sans SC, simplified Chinese with Latin, from the npm package
 * @fontsource/noto-sans-sc): a receipt must read the same on any machine, with no boxes.
 */
const FONT_FILE = require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff');
let font: Buffer | undefined;
const cjkFont = () => (font ??= woffToSfnt(fs.readFileSync(FONT_FILE)));

export interface ReceiptService {
  utility: string;
  provider: string;
  category: string;
  /** The published end-to-end limit for the category, from the catalog pinned at submission. */
  limit: { amount: number; unit: string } | null;
  /** When the end-to-end clock runs out, once it has started (at the joint survey, or dispatch). */
  connectBy: string | null;
}

export interface ReceiptInput {
  number: string;
  companyName: string;
  creditCode: string;
  address: string;
  submittedAt: string;
  acceptedAt: string;
  catalogVersion: number;
  surveyAppointmentAt: string | null;
  services: ReceiptService[];
  /** Where the application can be followed: the QR code's link. */
  link: string;
  issuedAt: Date;
}

/** The acceptance receipt (受理回执) as a PDF, in Chinese with English beside each heading. */
export async function renderReceipt(r: ReceiptInput): Promise<Buffer> {
  const qr = await QRCode.toBuffer(r.link, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `受理回执 ${r.number}`, Author: 'Lianbao 联报', Subject: r.companyName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', cjkFont());
  doc.font('cjk');

  doc.fontSize(18).text('水电气网联合报装 受理回执', { align: 'center' });
  doc.fontSize(10).fillColor('#555').text('Joint utility connection: acceptance receipt', { align: 'center' });
  doc.moveDown(1.2).fillColor('#000');

  const top = doc.y;
  doc.image(qr, doc.page.width - 56 - 110, top, { width: 110 });
  const field = (zh: string, en: string, value: string) => {
    doc.fontSize(9).fillColor('#555').text(`${zh} ${en}`, { width: 330 });
    doc.fontSize(12).fillColor('#000').text(value, { width: 330 });
    doc.moveDown(0.4);
  };
  field('申请编号', 'Application no.', r.number);
  field('申请企业', 'Applicant', r.companyName);
  field('统一社会信用代码', 'Credit code', r.creditCode);
  field('用电（用水、用气、宽带）地址', 'Site', r.address);
  field('提交时间', 'Submitted', dateTimeText('zh', r.submittedAt));
  field('受理时间', 'Accepted by the one window', dateTimeText('zh', r.acceptedAt));
  if (r.surveyAppointmentAt) field('联合踏勘', 'Joint survey', dateTimeText('zh', r.surveyAppointmentAt));
  doc.y = Math.max(doc.y, top + 130);

  doc.moveDown(0.6).fontSize(13).text('办理事项与公布时限');
  doc.fontSize(9).fillColor('#555').text('Services, published time limits and the date each must be connected by');
  doc.fillColor('#000').moveDown(0.4);
  const columns = [56, 100, 222, 302, 372];
  const row = (cells: string[], size = 10) => {
    const y = doc.y;
    doc.fontSize(size);
    cells.forEach((cell, i) =>
      doc.text(cell, columns[i], y, { width: (columns[i + 1] ?? doc.page.width - 56) - columns[i] - 6 }),
    );
    doc.x = 56;
    doc.moveDown(0.6);
  };
  row(['事项', '供应单位', '业务分类', '公布时限', '应接入日期'], 9);
  doc
    .moveTo(56, doc.y - 4)
    .lineTo(doc.page.width - 56, doc.y - 4)
    .strokeColor('#999')
    .stroke();
  for (const s of r.services)
    row([
      term('zh', s.utility),
      s.provider,
      term('zh', s.category),
      s.limit ? durationText('zh', s.limit.amount, s.limit.unit) : '—',
      s.connectBy ? deadlineText('zh', s.connectBy, r.issuedAt) : '自联合踏勘之日起计算',
    ]);

  doc.moveDown(1).fontSize(9).fillColor('#333');
  doc.text(
    `时限依据：服务目录第 ${r.catalogVersion} 版（提交时生效）。工作日按国家法定节假日及调休安排计算，截止日当日 24:00 止。` +
      '任一单位超出时限，系统自动计算补偿，无需申请。',
    56,
    doc.y,
  );
  doc.moveDown(0.6).text('扫码或访问以下地址查看办理进度 Follow it at:');
  doc.fontSize(8).text(r.link).fontSize(9);
  doc.moveDown(0.6).text(`本回执由联报系统于 ${dateTimeText('zh', r.issuedAt)} 生成。`);
  doc.end();
  return done;
}
