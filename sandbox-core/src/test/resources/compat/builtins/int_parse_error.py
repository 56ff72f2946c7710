# int() of bad text: the message agents print from `except ValueError as e`
for text in ['x', '1.5', '', '12a', '0x1f']:
    try:
        print(int(text))
    except ValueError as e:
        print('ValueError:', e)
for text, base in [('z', 16), ('12', 2), ('ff', 16), ('0b101', 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print('ValueError:', e)
