-- 窗口经办员 register new units (单位参保登记 · 新参保) in their pooling regions.
UPDATE "roles" SET "rights" = array_append("rights", 'unit.register')
WHERE "code" = 'clerk' AND NOT ('unit.register' = ANY("rights"));
