import re, json, dataclasses, datetime
print('hello')
