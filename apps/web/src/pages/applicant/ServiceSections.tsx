import { Card, Col, Form, InputNumber, Row, Select, Switch } from 'antd';
import { CARRIERS, VOLTAGES, type Utility } from '../../../../../libs/domain/src/form/utilities';
import { useI18n } from '../../i18n';

/** The one form's section for each ticked utility: what the business asks of it. */
export function ServiceSections({ ticked }: { ticked: Utility[] }) {
  const { t, e } = useI18n();
  return (
    <>
      {ticked.includes('power') && (
        <Card size="small" title={e('power')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item required name={['services', 'power', 'capacityKva']} label={t('capacityKva')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item required name={['services', 'power', 'voltage']} label={t('voltage')}>
                <Select options={VOLTAGES.map((v) => ({ value: v, label: v }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item required name={['services', 'power', 'supply']} label={t('supply')} initialValue="single">
                <Select
                  options={[
                    { value: 'single', label: t('supply_single') },
                    { value: 'dual', label: t('supply_dual') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
      {ticked.includes('water') && (
        <Card size="small" title={e('water')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item required name={['services', 'water', 'pipeDiameterMm']} label={t('pipeDiameterMm')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item required name={['services', 'water', 'dailyUseM3']} label={t('dailyUseM3')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
      {ticked.includes('gas') && (
        <Card size="small" title={e('gas')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item required name={['services', 'gas', 'hourlyUseM3']} label={t('hourlyUseM3')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['services', 'gas', 'smallStandardized']}
                label={t('smallStandardized')}
                valuePropName="checked"
                initialValue={false}
              >
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
      {ticked.includes('broadband') && (
        <Card size="small" title={e('broadband')} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item required name={['services', 'broadband', 'bandwidthMbps']} label={t('bandwidthMbps')}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item required name={['services', 'broadband', 'carrier']} label={t('carrier')}>
                <Select options={CARRIERS.map((c) => ({ value: c, label: e(c) }))} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
    </>
  );
}
