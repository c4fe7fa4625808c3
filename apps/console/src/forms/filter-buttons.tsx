import { Button, Form } from 'antd';
import { useI18n } from '../i18n/language';

/** The end of every filter bar: 查询 submits the form, 重置 clears it. */
export function FilterButtons() {
  const { m } = useI18n();
  return (
    <>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {m.common.search}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button htmlType="reset">{m.common.reset}</Button>
      </Form.Item>
    </>
  );
}
